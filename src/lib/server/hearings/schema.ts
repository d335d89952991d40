import {
	boolean,
	customType,
	date,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { hearingStatuses } from '../../schemas/values.ts';
import { action } from '../actions/schema.ts';
import { organisation } from '../partners/schema.ts';
import { theme } from '../strategy/schema.ts';
import { user } from '../users/schema.ts';

/** Binary content. Files live in the database so that every app instance serves the same ones. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

export const hearing = pgTable(
	'hearing',
	{
		id: serial('id').primaryKey(),
		title: text('title').notNull(),
		issuerId: integer('issuer_id')
			.notNull()
			.references(() => organisation.id),
		referenceUrl: text('reference_url'),
		receivedOn: date('received_on'),
		publicDeadline: date('public_deadline').notNull(),
		internalDeadline: date('internal_deadline'),
		responsibleUserId: text('responsible_user_id').references(() => user.id),
		status: text('status', { enum: hearingStatuses }).notNull().default('new'),
		description: text('description').notNull().default(''),
		isExample: boolean('is_example').notNull().default(false),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('hearing_deadline_idx').on(t.status, t.publicDeadline)]
);

export const hearingTheme = pgTable(
	'hearing_theme',
	{
		hearingId: integer('hearing_id')
			.notNull()
			.references(() => hearing.id, { onDelete: 'cascade' }),
		themeId: integer('theme_id')
			.notNull()
			.references(() => theme.id)
	},
	(t) => [primaryKey({ columns: [t.hearingId, t.themeId] })]
);

export const hearingAction = pgTable(
	'hearing_action',
	{
		hearingId: integer('hearing_id')
			.notNull()
			.references(() => hearing.id, { onDelete: 'cascade' }),
		actionId: integer('action_id')
			.notNull()
			.references(() => action.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.hearingId, t.actionId] })]
);

export const hearingDocument = pgTable(
	'hearing_document',
	{
		id: serial('id').primaryKey(),
		hearingId: integer('hearing_id')
			.notNull()
			.references(() => hearing.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		content: bytea('content').notNull(),
		uploadedBy: text('uploaded_by').references(() => user.id),
		uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('hearing_document_hearing_idx').on(t.hearingId)]
);

export type Hearing = typeof hearing.$inferSelect;
