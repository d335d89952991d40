import {
	boolean,
	date,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { action } from '../actions/schema.ts';
import { organisation } from '../partners/schema.ts';
import { user } from '../users/schema.ts';

/** A round in which the partners score action points to set priorities. */
export const priorityRound = pgTable('priority_round', {
	id: serial('id').primaryKey(),
	title: text('title').notNull(),
	description: text('description').notNull().default(''),
	opensOn: date('opens_on').notNull(),
	closesOn: date('closes_on').notNull(),
	/** Set when the secretariat closes the round before its closing date. */
	closedAt: timestamp('closed_at', { withTimezone: true }),
	published: boolean('published').notNull().default(false),
	isExample: boolean('is_example').notNull().default(false),
	createdBy: text('created_by').references(() => user.id),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const priorityCriterion = pgTable('priority_criterion', {
	id: serial('id').primaryKey(),
	roundId: integer('round_id')
		.notNull()
		.references(() => priorityRound.id, { onDelete: 'cascade' }),
	name: text('name').notNull(),
	weight: integer('weight').notNull(),
	sortOrder: integer('sort_order').notNull()
});

export const priorityRoundAction = pgTable(
	'priority_round_action',
	{
		roundId: integer('round_id')
			.notNull()
			.references(() => priorityRound.id, { onDelete: 'cascade' }),
		actionId: integer('action_id')
			.notNull()
			.references(() => action.id)
	},
	(t) => [primaryKey({ columns: [t.roundId, t.actionId] })]
);

/** One organisation's score (1–5) of one action point on one criterion. */
export const priorityScore = pgTable(
	'priority_score',
	{
		roundId: integer('round_id')
			.notNull()
			.references(() => priorityRound.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id),
		actionId: integer('action_id')
			.notNull()
			.references(() => action.id),
		criterionId: integer('criterion_id')
			.notNull()
			.references(() => priorityCriterion.id, { onDelete: 'cascade' }),
		score: integer('score').notNull(),
		scoredBy: text('scored_by').references(() => user.id),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.roundId, t.organisationId, t.actionId, t.criterionId] })]
);

/** An organisation's optional comment on one action point in a round. */
export const priorityComment = pgTable(
	'priority_comment',
	{
		roundId: integer('round_id')
			.notNull()
			.references(() => priorityRound.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisation.id),
		actionId: integer('action_id')
			.notNull()
			.references(() => action.id),
		text: text('text').notNull()
	},
	(t) => [primaryKey({ columns: [t.roundId, t.organisationId, t.actionId] })]
);

export type PriorityRound = typeof priorityRound.$inferSelect;
