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
import { reachChannels } from '../../schemas/values.ts';
import { user } from '../users/schema.ts';

/** Followers on a day, and the reach of the posts in the period up to it, per channel. */
export const reachFigure = pgTable(
	'reach_figure',
	{
		id: serial('id').primaryKey(),
		on: date('on').notNull(),
		channel: text('channel', { enum: reachChannels }).notNull(),
		followers: integer('followers'),
		reach: integer('reach'),
		source: text('source', { enum: ['manual', 'import'] })
			.notNull()
			.default('manual'),
		recordedBy: text('recorded_by').references(() => user.id),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.on, t.channel), index('reach_figure_channel_idx').on(t.channel, t.on)]
);
