import {
	boolean,
	date,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import {
	commitmentLinkKinds,
	commitmentSources,
	commitmentStatuses
} from '../../schemas/values.ts';
import { bytea } from '../hearings/schema.ts';
import { organisation } from '../partners/schema.ts';
import { user } from '../users/schema.ts';

/**
 * What an external actor has promised the partnership. `status` and `currentDueOn` are the
 * latest entry's, kept on the row so that lists and reminders need no history; the entries are
 * the record and are never changed.
 */
export const commitment = pgTable(
	'commitment',
	{
		id: serial('id').primaryKey(),
		actorId: integer('actor_id')
			.notNull()
			.references(() => organisation.id),
		promise: text('promise').notNull(),
		sourceKind: text('source_kind', { enum: commitmentSources }).notNull(),
		sourceTitle: text('source_title').notNull().default(''),
		sourceUrl: text('source_url'),
		sourceOn: date('source_on').notNull(),
		dueFrom: date('due_from'),
		dueOn: date('due_on').notNull(),
		currentDueOn: date('current_due_on').notNull(),
		status: text('status', { enum: commitmentStatuses }).notNull().default('open'),
		isPublic: boolean('is_public').notNull().default(false),
		isExample: boolean('is_example').notNull().default(false),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('commitment_actor_idx').on(t.actorId, t.status),
		index('commitment_due_idx').on(t.status, t.currentDueOn)
	]
);

/** Action points, statements and themes a commitment concerns. */
export const commitmentLink = pgTable(
	'commitment_link',
	{
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => commitment.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: commitmentLinkKinds }).notNull(),
		targetId: integer('target_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.commitmentId, t.kind, t.targetId] }),
		index('commitment_link_target_idx').on(t.kind, t.targetId)
	]
);

/** One change of status, with the evidence for it. Append-only: the history is the record. */
export const commitmentEntry = pgTable(
	'commitment_entry',
	{
		id: serial('id').primaryKey(),
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => commitment.id, { onDelete: 'cascade' }),
		on: date('on').notNull(),
		status: text('status', { enum: commitmentStatuses }).notNull(),
		newDueOn: date('new_due_on'),
		evidence: text('evidence').notNull().default(''),
		evidenceUrl: text('evidence_url'),
		recordedBy: text('recorded_by').references(() => user.id),
		recordedByName: text('recorded_by_name').notNull(),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('commitment_entry_commitment_idx').on(t.commitmentId, t.id)]
);

/** A document behind a commitment: its source (no entry) or the evidence of one entry. */
export const commitmentDocument = pgTable(
	'commitment_document',
	{
		id: serial('id').primaryKey(),
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => commitment.id, { onDelete: 'cascade' }),
		entryId: integer('entry_id').references(() => commitmentEntry.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		content: bytea('content').notNull(),
		uploadedBy: text('uploaded_by').references(() => user.id),
		uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('commitment_document_commitment_idx').on(t.commitmentId)]
);

export type Commitment = typeof commitment.$inferSelect;
