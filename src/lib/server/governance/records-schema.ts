import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
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
import { attendanceStatuses, caseLinkKinds } from '../../schemas/values.ts';
import { engagement } from '../engagements/schema.ts';
import { bytea } from '../hearings/schema.ts';
import { organisation } from '../partners/schema.ts';
import { user } from '../users/schema.ts';
import { bodyMember, meeting, meetingCase } from './schema.ts';

/** Who came to a meeting; a deputy who attends names the member it stands in for. */
export const attendance = pgTable(
	'attendance',
	{
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => meeting.id, { onDelete: 'cascade' }),
		memberId: integer('member_id')
			.notNull()
			.references(() => bodyMember.id),
		status: text('status', { enum: attendanceStatuses }).notNull(),
		inPlaceOfMemberId: integer('in_place_of_member_id').references(() => bodyMember.id)
	},
	(t) => [primaryKey({ columns: [t.meetingId, t.memberId] })]
);

/** A task given by a decision, held by an organisation or a named person, until done. */
export const followUp = pgTable(
	'follow_up',
	{
		id: serial('id').primaryKey(),
		// A follow-up comes from a case of a meeting, or from an engagement with actors.
		caseId: integer('case_id').references(() => meetingCase.id, { onDelete: 'cascade' }),
		meetingId: integer('meeting_id').references(() => meeting.id, { onDelete: 'cascade' }),
		engagementId: integer('engagement_id').references(() => engagement.id, {
			onDelete: 'cascade'
		}),
		task: text('task').notNull(),
		organisationId: integer('organisation_id').references(() => organisation.id),
		personName: text('person_name').notNull().default(''),
		dueDate: date('due_date').notNull(),
		doneOn: date('done_on'),
		result: text('result').notNull().default(''),
		doneBy: text('done_by').references(() => user.id),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('follow_up_open_idx').on(t.doneOn, t.dueDate),
		index('follow_up_case_idx').on(t.caseId),
		index('follow_up_engagement_idx').on(t.engagementId),
		check(
			'follow_up_origin',
			sql`(${t.caseId} is not null and ${t.meetingId} is not null and ${t.engagementId} is null) or (${t.caseId} is null and ${t.meetingId} is null and ${t.engagementId} is not null)`
		)
	]
);

/**
 * The approved minutes, frozen: version 1 is the approval, every later version a correction with
 * its reason. The content is the whole minutes as they read at that moment.
 */
export const minutesVersion = pgTable(
	'minutes_version',
	{
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => meeting.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		content: jsonb('content').notNull(),
		reason: text('reason'),
		createdBy: text('created_by').references(() => user.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.meetingId, t.number] })]
);

/** A case's links to action points, hearings and statements. */
export const caseLink = pgTable(
	'case_link',
	{
		caseId: integer('case_id')
			.notNull()
			.references(() => meetingCase.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: caseLinkKinds }).notNull(),
		targetId: integer('target_id').notNull()
	},
	(t) => [primaryKey({ columns: [t.caseId, t.kind, t.targetId] })]
);

export const caseAttachment = pgTable(
	'case_attachment',
	{
		id: serial('id').primaryKey(),
		caseId: integer('case_id')
			.notNull()
			.references(() => meetingCase.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		content: bytea('content').notNull(),
		exempt: boolean('exempt').notNull().default(false),
		exemptBasis: text('exempt_basis').notNull().default(''),
		uploadedBy: text('uploaded_by').references(() => user.id),
		uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('case_attachment_case_idx').on(t.caseId)]
);

export type FollowUp = typeof followUp.$inferSelect;
