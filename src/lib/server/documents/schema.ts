import {
	boolean,
	date,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { documentKinds, documentLinkKinds } from '../../schemas/values.ts';
import { bytea } from '../hearings/schema.ts';
import { user } from '../users/schema.ts';

/** A document in the library: the strategy, a report, a presentation, a map. */
export const libraryDocument = pgTable('library_document', {
	id: serial('id').primaryKey(),
	title: text('title').notNull(),
	kind: text('kind', { enum: documentKinds }).notNull(),
	/** The document's own date (when the report was published), not the upload's. */
	issuedOn: date('issued_on').notNull(),
	description: text('description').notNull().default(''),
	isPublic: boolean('is_public').notNull().default(false),
	isExample: boolean('is_example').notNull().default(false),
	version: integer('version').notNull().default(1),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** One uploaded file of a document, numbered from 1; the highest number is the current one. */
export const libraryDocumentVersion = pgTable(
	'library_document_version',
	{
		id: serial('id').primaryKey(),
		documentId: integer('document_id')
			.notNull()
			.references(() => libraryDocument.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		fileName: text('file_name').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		content: bytea('content').notNull(),
		/** The text read from a PDF or DOCX at upload, for the search. */
		text: text('text').notNull().default(''),
		note: text('note').notNull().default(''),
		uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
		uploadedByName: text('uploaded_by_name').notNull().default(''),
		uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.documentId, t.number)]
);

/** The themes, matters and action points a document belongs to. */
export const libraryDocumentLink = pgTable(
	'library_document_link',
	{
		documentId: integer('document_id')
			.notNull()
			.references(() => libraryDocument.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: documentLinkKinds }).notNull(),
		targetId: integer('target_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.documentId, t.kind, t.targetId] }),
		index('library_document_link_target_idx').on(t.kind, t.targetId)
	]
);

export type LibraryDocument = typeof libraryDocument.$inferSelect;
