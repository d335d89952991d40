import {
	boolean,
	date,
	doublePrecision,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import {
	chartKinds,
	indicatorDirections,
	indicatorGeographies,
	indicatorLinkKinds,
	indicatorResolutions,
	zeroGrowthMeasures
} from '../../schemas/values.ts';

/** A measured series the partnership follows: population, commuting, mode shares, journeys. */
export const indicator = pgTable('indicator', {
	id: serial('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	description: text('description').notNull().default(''),
	unit: text('unit').notNull().default(''),
	/** Where the figures come from, as it is cited: "SSB, tabell 07459". */
	source: text('source').notNull().default(''),
	licence: text('licence').notNull().default(''),
	geography: text('geography', { enum: indicatorGeographies }).notNull(),
	resolution: text('resolution', { enum: indicatorResolutions }).notNull(),
	direction: text('direction', { enum: indicatorDirections }).notNull().default('up'),
	chart: text('chart', { enum: chartKinds }).notNull().default('line'),
	/** What of the zero-growth target it follows, for the urban growth agreement's readiness. */
	zeroGrowth: text('zero_growth', { enum: zeroGrowthMeasures }),
	/** The Statistics Norway table its figures are imported from, if any (`07459`). */
	ssbTable: text('ssb_table'),
	isPublic: boolean('is_public').notNull().default(true),
	/** Shown on the front page, in this order. */
	featureOrder: integer('feature_order'),
	isExample: boolean('is_example').notNull().default(false),
	version: integer('version').notNull().default(1),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** The goals and action points an indicator follows up. */
export const indicatorLink = pgTable(
	'indicator_link',
	{
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicator.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: indicatorLinkKinds }).notNull(),
		targetId: integer('target_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.indicatorId, t.kind, t.targetId] }),
		index('indicator_link_target_idx').on(t.kind, t.targetId)
	]
);

/**
 * One figure: a period (`2023`, `2023K4`, `2024M05`, a survey's `2019-09`), a place (a
 * municipality's code, `region`, a line or a road section; `5038>5037` from one place to another)
 * and a series within the indicator (a mode of travel), with its source.
 */
export const indicatorValue = pgTable(
	'indicator_value',
	{
		id: serial('id').primaryKey(),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicator.id, { onDelete: 'cascade' }),
		period: text('period').notNull(),
		/** The first day of the period, for ordering and for "recent". */
		periodStart: date('period_start').notNull(),
		place: text('place').notNull(),
		placeName: text('place_name').notNull(),
		series: text('series').notNull().default(''),
		value: doublePrecision('value').notNull(),
		source: text('source').notNull().default(''),
		isExample: boolean('is_example').notNull().default(false)
	},
	(t) => [
		unique().on(t.indicatorId, t.period, t.place, t.series),
		index('indicator_value_order_idx').on(t.indicatorId, t.periodStart)
	]
);

/**
 * A target: a value by a date for a place and series; or, for the zero-growth target, a change
 * from a base period's value (`change` in percent, 0 for no growth).
 */
export const indicatorTarget = pgTable('indicator_target', {
	id: serial('id').primaryKey(),
	indicatorId: integer('indicator_id')
		.notNull()
		.references(() => indicator.id, { onDelete: 'cascade' }),
	place: text('place').notNull(),
	series: text('series').notNull().default(''),
	kind: text('kind', { enum: ['level', 'change'] })
		.notNull()
		.default('level'),
	value: doublePrecision('value').notNull(),
	basePeriod: text('base_period'),
	dueOn: date('due_on').notNull(),
	description: text('description').notNull().default(''),
	isExample: boolean('is_example').notNull().default(false)
});

/** Each import of figures: from a file, or from Statistics Norway's API by the job queue. */
export const indicatorImport = pgTable(
	'indicator_import',
	{
		id: serial('id').primaryKey(),
		indicatorId: integer('indicator_id').references(() => indicator.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ['jsonstat', 'csv', 'ssb_api'] }).notNull(),
		status: text('status', { enum: ['ok', 'failed'] }).notNull(),
		rows: integer('rows').notNull().default(0),
		queries: integer('queries').notNull().default(0),
		message: text('message').notNull().default(''),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true })
	},
	(t) => [index('indicator_import_started_idx').on(t.startedAt)]
);

export type Indicator = typeof indicator.$inferSelect;
export type IndicatorValue = typeof indicatorValue.$inferSelect;
