import { date, integer, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';

export const strategy = pgTable('strategy', {
	id: serial('id').primaryKey(),
	title: text('title').notNull(),
	periodStart: integer('period_start').notNull(),
	periodEnd: integer('period_end').notNull(),
	vision: text('vision').notNull(),
	slogan: text('slogan').notNull().default(''),
	approvedOn: date('approved_on'),
	approvedBy: text('approved_by')
});

export const goal = pgTable(
	'goal',
	{
		id: serial('id').primaryKey(),
		strategyId: integer('strategy_id')
			.notNull()
			.references(() => strategy.id),
		number: integer('number').notNull(),
		title: text('title').notNull()
	},
	(t) => [unique().on(t.strategyId, t.number)]
);

export const theme = pgTable('theme', {
	id: serial('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	sortOrder: integer('sort_order').notNull().default(0)
});

export type Strategy = typeof strategy.$inferSelect;
export type Goal = typeof goal.$inferSelect;
export type Theme = typeof theme.$inferSelect;
