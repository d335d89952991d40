import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { inputDecisions, positions, statementStatuses } from '../../schemas/values.ts';
import { hearing } from '../hearings/schema.ts';
import { organisation } from '../partners/schema.ts';
import { user } from '../users/schema.ts';

/** One section of a statement's text. The key stays the same from version to version. */
export interface Section {
	key: string;
	heading: string;
	body: string;
}

export const statement = pgTable(
	'statement',
	{
		id: serial('id').primaryKey(),
		hearingId: integer('hearing_id').references(() => hearing.id),
		title: text('title').notNull(),
		recipient: text('recipient').notNull().default(''),
		status: text('status', { enum: statementStatuses }).notNull().default('draft'),
		inputDeadline: date('input_deadline'),
		frozenAt: timestamp('frozen_at', { withTimezone: true }),
		sentOn: date('sent_on'),
		sentTo: text('sent_to'),
		isExample: boolean('is_example').notNull().default(false),
		version: integer('version').notNull().default(1),
		createdBy: text('created_by').references(() => user.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('statement_hearing_idx').on(t.hearingId)]
);

/** Every save of the text: never changed afterwards. */
export const statementVersion = pgTable(
	'statement_version',
	{
		id: serial('id').primaryKey(),
		statementId: integer('statement_id')
			.notNull()
			.references(() => statement.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		sections: jsonb('sections').$type<Section[]>().notNull(),
		/** Why a frozen text was corrected; empty for drafts. */
		reason: text('reason').notNull().default(''),
		authorId: text('author_id').references(() => user.id),
		authorName: text('author_name').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.statementId, t.number)]
);

/** A partner's comment on one section during the input round, and what became of it. */
export const statementInput = pgTable(
	'statement_input',
	{
		id: serial('id').primaryKey(),
		statementId: integer('statement_id')
			.notNull()
			.references(() => statement.id, { onDelete: 'cascade' }),
		sectionKey: text('section_key').notNull(),
		organisationId: integer('organisation_id').references(() => organisation.id),
		authorId: text('author_id').references(() => user.id),
		authorName: text('author_name').notNull(),
		text: text('text').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		decision: text('decision', { enum: inputDecisions }),
		decisionReason: text('decision_reason').notNull().default(''),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [index('statement_input_statement_idx').on(t.statementId)]
);

/** A partner organisation's formal position, as decided by its own body. */
export const statementPosition = pgTable(
	'statement_position',
	{
		statementId: integer('statement_id')
			.notNull()
			.references(() => statement.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id),
		position: text('position', { enum: positions }).notNull(),
		reservation: text('reservation').notNull().default(''),
		decidedBy: text('decided_by').notNull().default(''),
		decidedOn: date('decided_on'),
		caseNumber: text('case_number').notNull().default(''),
		recordedBy: text('recorded_by').references(() => user.id),
		recordedByName: text('recorded_by_name').notNull(),
		/** Set when the secretariat recorded it on the organisation's behalf. */
		onBehalf: boolean('on_behalf').notNull().default(false),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.statementId, t.organisationId] })]
);

export type Statement = typeof statement.$inferSelect;
