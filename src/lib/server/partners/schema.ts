import { boolean, date, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { memberships, organisationKinds, organisationLevels } from '../../schemas/values.ts';

export const organisation = pgTable('organisation', {
	id: serial('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	shortName: text('short_name').notNull(),
	kind: text('kind', { enum: organisationKinds }).notNull(),
	level: text('level', { enum: organisationLevels }).notNull(),
	orgNumber: text('org_number').unique(),
	municipalityCode: text('municipality_code'),
	joinedOn: date('joined_on'),
	membership: text('membership', { enum: memberships }).notNull(),
	description: text('description').notNull().default(''),
	website: text('website'),
	active: boolean('active').notNull().default(true),
	version: integer('version').notNull().default(1),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export type Organisation = typeof organisation.$inferSelect;
