import {
	bigint,
	date,
	index,
	integer,
	pgTable,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { fundingSources, measureOrigins, measurePhases } from '../../schemas/values.ts';
import { action } from '../actions/schema.ts';
import { organisation } from '../partners/schema.ts';

/** A concrete plan, project or physical measure that serves an action point. */
export const measure = pgTable(
	'measure',
	{
		id: serial('id').primaryKey(),
		actionId: integer('action_id')
			.notNull()
			.references(() => action.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		ownerId: integer('owner_id')
			.notNull()
			.references(() => organisation.id),
		phase: text('phase', { enum: measurePhases }).notNull().default('idea'),
		startsOn: date('starts_on'),
		endsOn: date('ends_on'),
		/** NOK. */
		costEstimate: bigint('cost_estimate', { mode: 'number' }),
		originKind: text('origin_kind', { enum: measureOrigins }),
		originId: integer('origin_id'),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('measure_action_idx').on(t.actionId),
		index('measure_phase_idx').on(t.phase, t.actionId),
		index('measure_origin_idx').on(t.originKind, t.originId)
	]
);

/** Funding of a measure by source, in NOK. */
export const measureFunding = pgTable(
	'measure_funding',
	{
		id: serial('id').primaryKey(),
		measureId: integer('measure_id')
			.notNull()
			.references(() => measure.id, { onDelete: 'cascade' }),
		source: text('source', { enum: fundingSources }).notNull(),
		amount: bigint('amount', { mode: 'number' }).notNull()
	},
	(t) => [index('measure_funding_measure_idx').on(t.measureId)]
);
