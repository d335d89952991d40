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
	timestamp
} from 'drizzle-orm/pg-core';
import { actionStatuses } from '../../schemas/values.ts';
import { meeting } from '../governance/schema.ts';
import type { SnapshotSummary, ThemeChanges } from './changes.ts';
import { user } from '../users/schema.ts';

/**
 * "Status for handlingsprogrammet": the programme frozen at one moment and attached to a meeting.
 * A report and its items are written once, in the transaction that creates them; nothing changes
 * them later.
 */
export const statusReport = pgTable(
	'status_report',
	{
		id: serial('id').primaryKey(),
		meetingId: integer('meeting_id')
			.notNull()
			.unique()
			.references(() => meeting.id),
		programmeId: integer('programme_id').notNull(),
		/** Taken at (creation time), and the date the due dates were measured against. */
		takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
		asOf: date('as_of').notNull(),
		createdBy: text('created_by').references(() => user.id),
		/**
		 * The comparison with the report before it, frozen with the report in the transaction that
		 * creates it, so that the report reads later exactly as it did that day.
		 */
		previousId: integer('previous_id'),
		previousTakenAt: timestamp('previous_taken_at', { withTimezone: true }),
		changes: jsonb('changes').$type<ThemeChanges[]>().notNull().default([]),
		summary: jsonb('summary').$type<SnapshotSummary | null>(),
		isExample: boolean('is_example').notNull().default(false)
	},
	(t) => [index('status_report_programme_idx').on(t.programmeId, t.takenAt)]
);

/** One action point as it stood when the report was taken, copied rather than referenced. */
export const statusReportItem = pgTable(
	'status_report_item',
	{
		reportId: integer('report_id')
			.notNull()
			.references(() => statusReport.id, { onDelete: 'cascade' }),
		actionId: integer('action_id').notNull(),
		code: text('code').notNull(),
		title: text('title').notNull(),
		themeName: text('theme_name').notNull(),
		themePosition: integer('theme_position').notNull(),
		leadName: text('lead_name').notNull(),
		status: text('status', { enum: actionStatuses }).notNull(),
		progress: integer('progress').notNull(),
		dueDate: date('due_date'),
		lastUpdateAt: timestamp('last_update_at', { withTimezone: true }),
		overdueMilestones: integer('overdue_milestones').notNull(),
		isExample: boolean('is_example').notNull()
	},
	(t) => [primaryKey({ columns: [t.reportId, t.actionId] })]
);

export type StatusReportItem = typeof statusReportItem.$inferSelect;
