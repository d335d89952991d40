import {
	boolean,
	date,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { bodyKinds, caseTypes, meetingStatuses, memberRoles } from '../../schemas/values.ts';
import { organisation } from '../partners/schema.ts';
import { user } from '../users/schema.ts';

/** A governing body of the partnership: the steering group, the representative council, … */
export const body = pgTable('body', {
	id: serial('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	kind: text('kind', { enum: bodyKinds }).notNull(),
	description: text('description').notNull().default(''),
	isPublic: boolean('is_public').notNull().default(true),
	version: integer('version').notNull().default(1),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** A seat in a body over time. A person is named by role where real names are not published. */
export const bodyMember = pgTable(
	'body_member',
	{
		id: serial('id').primaryKey(),
		bodyId: integer('body_id')
			.notNull()
			.references(() => body.id, { onDelete: 'cascade' }),
		personName: text('person_name').notNull(),
		organisationId: integer('organisation_id').references(() => organisation.id),
		role: text('role', { enum: memberRoles }).notNull(),
		/** The member's own login, when the member has one: it opens the body's internal material. */
		userId: text('user_id').references(() => user.id),
		fromDate: date('from_date').notNull(),
		toDate: date('to_date')
	},
	(t) => [index('body_member_body_idx').on(t.bodyId)]
);

export type Body = typeof body.$inferSelect;
export type BodyMember = typeof bodyMember.$inferSelect;

export const meeting = pgTable(
	'meeting',
	{
		id: serial('id').primaryKey(),
		bodyId: integer('body_id')
			.notNull()
			.references(() => body.id),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		place: text('place').notNull().default(''),
		videoUrl: text('video_url'),
		status: text('status', { enum: meetingStatuses }).notNull().default('planned'),
		isExample: boolean('is_example').notNull().default(false),
		minutesApprovedOn: date('minutes_approved_on'),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('meeting_body_idx').on(t.bodyId, t.startsAt)]
);

/** The last case number given per body and year: numbers are handed out once and never reused. */
export const caseCounter = pgTable(
	'case_counter',
	{
		bodyId: integer('body_id')
			.notNull()
			.references(() => body.id),
		year: integer('year').notNull(),
		last: integer('last').notNull()
	},
	(t) => [primaryKey({ columns: [t.bodyId, t.year] })]
);

/** A case (sak) on a meeting's agenda, numbered `<number>/<yy>` within its body. */
export const meetingCase = pgTable(
	'meeting_case',
	{
		id: serial('id').primaryKey(),
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => meeting.id, { onDelete: 'cascade' }),
		bodyId: integer('body_id')
			.notNull()
			.references(() => body.id),
		year: integer('year').notNull(),
		number: integer('number').notNull(),
		title: text('title').notNull(),
		type: text('type', { enum: caseTypes }).notNull(),
		memo: text('memo').notNull().default(''),
		proposedDecision: text('proposed_decision').notNull().default(''),
		exempt: boolean('exempt').notNull().default(false),
		exemptBasis: text('exempt_basis').notNull().default(''),
		/** The decision as adopted, written in the minutes. */
		decision: text('decision').notNull().default(''),
		votesFor: integer('votes_for'),
		votesAgainst: integer('votes_against'),
		votesAbstain: integer('votes_abstain'),
		voteNote: text('vote_note').notNull().default(''),
		isExample: boolean('is_example').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique().on(t.bodyId, t.year, t.number),
		index('meeting_case_meeting_idx').on(t.meetingId)
	]
);

export type Meeting = typeof meeting.$inferSelect;
export type MeetingCase = typeof meetingCase.$inferSelect;
