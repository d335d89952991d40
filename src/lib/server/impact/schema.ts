import {
	date,
	index,
	integer,
	pgTable,
	serial,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { demandOutcomes } from '../../schemas/values.ts';
import { statement } from '../statements/schema.ts';
import { user } from '../users/schema.ts';

/** One main point a sent joint statement asks for, in order, and what became of it. */
export const statementDemand = pgTable(
	'statement_demand',
	{
		id: serial('id').primaryKey(),
		statementId: integer('statement_id')
			.notNull()
			.references(() => statement.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		text: text('text').notNull(),
		outcome: text('outcome', { enum: demandOutcomes }).notNull().default('open'),
		evidence: text('evidence').notNull().default('')
	},
	(t) => [
		unique('statement_demand_position').on(t.statementId, t.position),
		index('statement_demand_statement_idx').on(t.statementId)
	]
);

/**
 * What a sent statement achieved: the authority's decision (the final plan, the budget) once it is
 * known, and the row version that both the demand list and the outcome form start from.
 */
export const statementImpact = pgTable('statement_impact', {
	id: serial('id').primaryKey(),
	statementId: integer('statement_id')
		.notNull()
		.unique()
		.references(() => statement.id, { onDelete: 'cascade' }),
	decision: text('decision'),
	decidedOn: date('decided_on'),
	decisionUrl: text('decision_url'),
	version: integer('version').notNull().default(1),
	updatedBy: text('updated_by').references(() => user.id),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
