import { sql } from 'drizzle-orm';
import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	type AnyPgColumn,
	primaryKey,
	serial,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { actionStatuses, horizons, programmeStatuses } from '../../schemas/values.ts';
import { organisation } from '../partners/schema.ts';
import { goal, strategy, theme } from '../strategy/schema.ts';
import { user } from '../users/schema.ts';

export const actionProgramme = pgTable('action_programme', {
	id: serial('id').primaryKey(),
	strategyId: integer('strategy_id')
		.notNull()
		.references(() => strategy.id),
	title: text('title').notNull(),
	periodStart: integer('period_start').notNull(),
	periodEnd: integer('period_end').notNull(),
	status: text('status', { enum: programmeStatuses }).notNull(),
	adoptedOn: date('adopted_on'),
	/** Its address among the programmes: `2021-2024`, so `/handlingsprogram/2021-2024/HA16`. */
	slug: text('slug').unique()
});

export const action = pgTable(
	'action',
	{
		id: serial('id').primaryKey(),
		programmeId: integer('programme_id')
			.notNull()
			.references(() => actionProgramme.id),
		code: text('code').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		themeId: integer('theme_id')
			.notNull()
			.references(() => theme.id),
		horizon: text('horizon', { enum: horizons }).notNull(),
		leadOrganisationId: integer('lead_organisation_id')
			.notNull()
			.references(() => organisation.id),
		status: text('status', { enum: actionStatuses }).notNull().default('not_started'),
		progress: integer('progress').notNull().default(0),
		dueDate: date('due_date'),
		priorityRank: integer('priority_rank'),
		isExample: boolean('is_example').notNull().default(false),
		version: integer('version').notNull().default(1),
		lastProgressAt: timestamp('last_progress_at', { withTimezone: true }),
		/** The same action point in the programme before, when a revision carried it over. */
		previousId: integer('previous_id').references((): AnyPgColumn => action.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique().on(t.programmeId, t.code),
		index('action_lead_idx').on(t.leadOrganisationId),
		index('action_search_idx').using(
			'gin',
			sql`to_tsvector('norwegian'::regconfig, ${t.title} || ' ' || ${t.description})`
		)
	]
);

export const actionParticipant = pgTable(
	'action_participant',
	{
		actionId: integer('action_id')
			.notNull()
			.references(() => action.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id)
	},
	(t) => [
		primaryKey({ columns: [t.actionId, t.organisationId] }),
		index('participant_org_idx').on(t.organisationId)
	]
);

export const actionGoal = pgTable(
	'action_goal',
	{
		actionId: integer('action_id')
			.notNull()
			.references(() => action.id, { onDelete: 'cascade' }),
		goalId: integer('goal_id')
			.notNull()
			.references(() => goal.id)
	},
	(t) => [primaryKey({ columns: [t.actionId, t.goalId] })]
);

export const milestone = pgTable(
	'milestone',
	{
		id: serial('id').primaryKey(),
		actionId: integer('action_id')
			.notNull()
			.references(() => action.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		dueDate: date('due_date').notNull(),
		doneOn: date('done_on'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('milestone_action_idx').on(t.actionId)]
);

export const progressUpdate = pgTable(
	'progress_update',
	{
		id: serial('id').primaryKey(),
		actionId: integer('action_id')
			.notNull()
			.references(() => action.id, { onDelete: 'cascade' }),
		authorId: text('author_id').references(() => user.id),
		authorName: text('author_name').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		text: text('text').notNull(),
		nextSteps: text('next_steps').notNull().default(''),
		status: text('status', { enum: actionStatuses }).notNull(),
		progress: integer('progress').notNull(),
		isPublic: boolean('is_public').notNull().default(true)
	},
	(t) => [index('progress_action_idx').on(t.actionId, t.createdAt)]
);

export type Action = typeof action.$inferSelect;
export type Milestone = typeof milestone.$inferSelect;
export type ProgressUpdate = typeof progressUpdate.$inferSelect;

/**
 * An uploaded programme: the sheet as read, what the user settled in the preview, and once
 * written (`usedAt`) what the import did.
 */
export const importDraft = pgTable(
	'import_draft',
	{
		id: text('id').primaryKey(),
		createdBy: text('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		fileName: text('file_name').notNull(),
		/** The file's sha256: a second import of the same file is recognised. */
		fileHash: text('file_hash'),
		/** The sheet's cells as rows (see import-values.ts `SheetCell`). */
		grid: jsonb('grid').notNull().default([]),
		headerRow: integer('header_row').notNull().default(0),
		columns: jsonb('columns').notNull().default([]),
		settlements: jsonb('settlements').notNull().default({}),
		missing: jsonb('missing').notNull().default({}),
		mode: text('mode', { enum: ['update', 'revision'] })
			.notNull()
			.default('update'),
		result: jsonb('result'),
		/** Read rows of drafts made before the preview kept the sheet; no longer written. */
		rows: jsonb('rows'),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [index('import_draft_hash_idx').on(t.fileHash)]
);

/** How the secretariat mapped a column of a given name the last time: used for the next import. */
export const importColumnMemory = pgTable('import_column_memory', {
	header: text('header').primaryKey(),
	field: text('field').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
