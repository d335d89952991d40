import { integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from '../users/schema.ts';

/**
 * A CSV file on its way in: its cells as read, and how its columns map to fields, kept between
 * the upload, the preview and the confirmation. `purpose` names the domain that reads it.
 */
export const csvDraft = pgTable('csv_draft', {
	id: serial('id').primaryKey(),
	purpose: text('purpose').notNull(),
	fileName: text('file_name').notNull(),
	header: jsonb('header').$type<string[]>().notNull(),
	rows: jsonb('rows').$type<string[][]>().notNull(),
	/** Field → column index (or null for none), as guessed and as the user set it. */
	mapping: jsonb('mapping').$type<Record<string, number | null>>().notNull(),
	/** What the user chose beside the columns (a channel when the file has none). */
	options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
	result: jsonb('result').$type<Record<string, number>>(),
	createdBy: text('created_by').references(() => user.id),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	importedAt: timestamp('imported_at', { withTimezone: true }),
	version: integer('version').notNull().default(1)
});

export type CsvDraft = typeof csvDraft.$inferSelect;
