import {
	boolean,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { questionLanguages, questionLinkKinds, questionStatuses } from '../../schemas/values.ts';
import { organisation } from '../partners/schema.ts';
import { user } from '../users/schema.ts';

/**
 * A question from the public. The asker's name and address are kept only to send the answer, and
 * are erased a set number of days after it (`personalDataErasedAt`); what is published is the
 * secretariat's copy of the question (`publicText`), with personal data left out.
 */
export const question = pgTable(
	'question',
	{
		id: serial('id').primaryKey(),
		text: text('text').notNull(),
		language: text('language', { enum: questionLanguages }).notNull().default('nb'),
		askerName: text('asker_name'),
		askerEmail: text('asker_email'),
		/** The form's one-time token, so that a form posted twice is saved once. */
		formToken: text('form_token').unique(),
		status: text('status', { enum: questionStatuses }).notNull().default('new'),
		rejectReason: text('reject_reason').notNull().default(''),
		duplicateOfId: integer('duplicate_of_id').references((): AnyPgColumn => question.id),
		routedToId: integer('routed_to_id').references(() => organisation.id),
		answerDraft: text('answer_draft').notNull().default(''),
		answerDraftBy: text('answer_draft_by').notNull().default(''),
		answerDraftAt: timestamp('answer_draft_at', { withTimezone: true }),
		publicText: text('public_text').notNull().default(''),
		answer: text('answer').notNull().default(''),
		answeredBy: text('answered_by').references(() => user.id),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		personalDataErasedAt: timestamp('personal_data_erased_at', { withTimezone: true }),
		isExample: boolean('is_example').notNull().default(false),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('question_status_idx').on(t.status, t.createdAt),
		index('question_email_idx').on(t.askerEmail)
	]
);

/** The action points and matters an answered question is shown on. */
export const questionLink = pgTable(
	'question_link',
	{
		questionId: integer('question_id')
			.notNull()
			.references(() => question.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: questionLinkKinds }).notNull(),
		targetId: integer('target_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.questionId, t.kind, t.targetId] }),
		index('question_link_target_idx').on(t.kind, t.targetId)
	]
);

export type Question = typeof question.$inferSelect;
