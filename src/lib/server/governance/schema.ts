import {
	boolean,
	date,
	index,
	integer,
	pgTable,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { bodyKinds, memberRoles } from '../../schemas/values.ts';
import { organisation } from '../partners/schema.ts';

/** A governing body of the partnership: the steering group, the representative council, … */
export const body = pgTable('body', {
	id: serial('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	kind: text('kind', { enum: bodyKinds }).notNull(),
	description: text('description').notNull().default(''),
	isPublic: boolean('is_public').notNull().default(true),
	version: integer('version').notNull().default(1),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** A seat in a body over time. A person is named by role where real names are not published. */
export const bodyMember = pgTable(
	'body_member',
	{
		id: serial('id').primaryKey(),
		bodyId: integer('body_id')
			.notNull()
			.references(() => body.id, { onDelete: 'cascade' }),
		personName: text('person_name').notNull(),
		organisationId: integer('organisation_id').references(() => organisation.id),
		role: text('role', { enum: memberRoles }).notNull(),
		fromDate: date('from_date').notNull(),
		toDate: date('to_date')
	},
	(t) => [index('body_member_body_idx').on(t.bodyId)]
);

export type Body = typeof body.$inferSelect;
export type BodyMember = typeof bodyMember.$inferSelect;
