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
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { inputItemOutcomes } from '../../schemas/values.ts';
import { action } from '../actions/schema.ts';
import { goal, theme } from '../strategy/schema.ts';

/** A workshop or meeting where the partners gave input, in groups. */
export const workshop = pgTable('workshop', {
	id: serial('id').primaryKey(),
	title: text('title').notNull(),
	heldOn: date('held_on').notNull(),
	place: text('place').notNull().default(''),
	/** The groups that took part, by organisation or body. */
	groups: jsonb('groups').$type<string[]>().notNull().default([]),
	isPublic: boolean('is_public').notNull().default(false),
	isExample: boolean('is_example').notNull().default(false),
	version: integer('version').notNull().default(1),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** One point of input, and what became of it. */
export const workshopItem = pgTable(
	'workshop_item',
	{
		id: serial('id').primaryKey(),
		workshopId: integer('workshop_id')
			.notNull()
			.references(() => workshop.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		text: text('text').notNull(),
		groupName: text('group_name').notNull().default(''),
		themeId: integer('theme_id').references(() => theme.id),
		outcome: text('outcome', { enum: inputItemOutcomes }).notNull().default('open'),
		/** Taken into this action point. */
		actionId: integer('action_id').references(() => action.id),
		/** Merged into this item of the same workshop. */
		mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => workshopItem.id),
		/** Why it was not followed, or a note on what became of it. */
		note: text('note').notNull().default(''),
		isExample: boolean('is_example').notNull().default(false),
		version: integer('version').notNull().default(1)
	},
	(t) => [index('workshop_item_workshop_idx').on(t.workshopId, t.position)]
);

/** The goals of the strategy an item of input serves. */
export const workshopItemGoal = pgTable(
	'workshop_item_goal',
	{
		itemId: integer('item_id')
			.notNull()
			.references(() => workshopItem.id, { onDelete: 'cascade' }),
		goalId: integer('goal_id')
			.notNull()
			.references(() => goal.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.itemId, t.goalId] })]
);
