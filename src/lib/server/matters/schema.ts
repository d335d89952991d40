import {
	boolean,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { matterLinkKinds } from '../../schemas/values.ts';

/** A dossier on one topic (Trønderbanen, the NTP budget) that gathers everything about it. */
export const matter = pgTable(
	'matter',
	{
		id: serial('id').primaryKey(),
		slug: text('slug').notNull().unique(),
		title: text('title').notNull(),
		/** Where the matter stands now, in a few sentences. */
		standing: text('standing').notNull().default(''),
		/** Who follows it up, as the partnership says it ("Sekretariatet og Levanger kommune"). */
		followedBy: text('followed_by').notNull().default(''),
		isPublic: boolean('is_public').notNull().default(true),
		/** Pinned matters are shown as "Viktige saker akkurat nå", in this order. */
		pinOrder: integer('pin_order'),
		isExample: boolean('is_example').notNull().default(false),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('matter_pin_idx').on(t.pinOrder)]
);

export const matterLink = pgTable(
	'matter_link',
	{
		matterId: integer('matter_id')
			.notNull()
			.references(() => matter.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: matterLinkKinds }).notNull(),
		targetId: integer('target_id').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.matterId, t.kind, t.targetId] }),
		index('matter_link_target_idx').on(t.kind, t.targetId)
	]
);
