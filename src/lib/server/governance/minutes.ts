import { and, asc, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import {
	approveMinutesInput,
	caseRef,
	decisionInput,
	followUpInput
} from '../../schemas/governance.ts';
import { attendanceStatuses } from '../../schemas/values.ts';
import { allow, canManageGovernance } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { osloDate } from '../shared/dates.ts';
import type { Db } from '../platform/db/client.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { organisation } from '../partners/schema.ts';
import { parseInput } from '../core/validate.ts';
import { idRef } from '../../schemas/common.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { caseNumber } from './numbers.ts';
import { attendance, followUp, minutesVersion } from './records-schema.ts';
import { followUpRowsOf } from './follow-ups.ts';
import { bodyMember, meeting, meetingCase, type Meeting, type MeetingCase } from './schema.ts';

/** The whole minutes as one document: what a version freezes and what the pages show. */
export interface MinutesContent {
	approvedOn: string | null;
	attendance: {
		memberId: number;
		name: string;
		organisation: string | null;
		role: string;
		status: (typeof attendanceStatuses)[number] | null;
		inPlaceOf: string | null;
	}[];
	cases: {
		id: number;
		caseNumber: string;
		title: string;
		exempt: boolean;
		exemptBasis: string;
		decision: string;
		votesFor: number | null;
		votesAgainst: number | null;
		votesAbstain: number | null;
		voteNote: string;
		followUps: { task: string; holder: string; dueDate: string }[];
	}[];
}

const meetingDate = (m: Meeting) => osloDate(m.startsAt);

const lockMeeting = (tx: Tx, id: number, version?: number) =>
	lockRow(tx, meeting, eq(meeting.id, id), 'meeting', version);

/** The seats of a body on the day of a meeting: who could attend. */
export async function seatsAt(db: Db | Tx, m: Meeting) {
	const day = meetingDate(m);
	return db
		.select({ member: bodyMember, organisationName: organisation.name })
		.from(bodyMember)
		.leftJoin(organisation, eq(organisation.id, bodyMember.organisationId))
		.where(
			and(
				eq(bodyMember.bodyId, m.bodyId),
				lte(bodyMember.fromDate, day),
				or(isNull(bodyMember.toDate), gte(bodyMember.toDate, day))
			)
		)
		.orderBy(asc(bodyMember.id));
}

/**
 * Minutes can be written once the agenda is out. After approval they are locked: a change is a
 * correction, which needs a reason and becomes a new version. Returns whether it is a correction.
 */
async function openForMinutes(tx: Tx, m: Meeting, reason: string): Promise<boolean> {
	if (m.status === 'planned') throw new ValidationError({ _form: 'minutes_error_no_agenda' });
	if (m.status === 'minutes_approved') {
		if (reason.length < 5) throw new ValidationError({ reason: 'minutes_error_locked' });
		return true;
	}
	if (m.status === 'agenda_published') await saveRow(tx, meeting, m.id, { status: 'held' });
	return false;
}

type Seat = Awaited<ReturnType<typeof seatsAt>>[number];
type FollowUpRow = Awaited<ReturnType<typeof followUpRowsOf>>[number];

/** The minutes from rows already loaded: what `minutesContent` and the meeting page share. */
export function composeMinutes(
	m: Meeting,
	seats: readonly Seat[],
	present: readonly (typeof attendance.$inferSelect)[],
	cases: readonly MeetingCase[],
	tasks: readonly FollowUpRow[]
): MinutesContent {
	const byMember = new Map(present.map((a) => [a.memberId, a]));
	const names = new Map(seats.map((s) => [s.member.id, s.member.personName]));
	return {
		approvedOn: m.minutesApprovedOn,
		attendance: seats.map(({ member, organisationName }) => {
			const row = byMember.get(member.id);
			return {
				memberId: member.id,
				name: member.personName,
				organisation: organisationName,
				role: member.role,
				status: row?.status ?? null,
				inPlaceOf: row?.inPlaceOfMemberId ? (names.get(row.inPlaceOfMemberId) ?? null) : null
			};
		}),
		cases: cases.map((c) => ({
			id: c.id,
			caseNumber: caseNumber(c),
			title: c.title,
			exempt: c.exempt,
			exemptBasis: c.exemptBasis,
			decision: c.decision,
			votesFor: c.votesFor,
			votesAgainst: c.votesAgainst,
			votesAbstain: c.votesAbstain,
			voteNote: c.voteNote,
			followUps: tasks
				.filter((t) => t.followUp.caseId === c.id)
				.map((t) => ({
					task: t.followUp.task,
					holder: [t.organisationName, t.followUp.personName].filter(Boolean).join(', '),
					dueDate: t.followUp.dueDate
				}))
		}))
	};
}

/** The cases of a meeting in agenda order. */
export const casesOf = (db: Db | Tx, meetingId: number) =>
	db
		.select()
		.from(meetingCase)
		.where(eq(meetingCase.meetingId, meetingId))
		.orderBy(asc(meetingCase.year), asc(meetingCase.number));

export const attendanceOf = (db: Db | Tx, meetingId: number) =>
	db.select().from(attendance).where(eq(attendance.meetingId, meetingId));

export async function minutesContent(db: Db | Tx, meetingId: number): Promise<MinutesContent> {
	const [m] = await db.select().from(meeting).where(eq(meeting.id, meetingId));
	if (!m) throw new NotFoundError('meeting');
	const cases = await casesOf(db, meetingId);
	return composeMinutes(
		m,
		await seatsAt(db, m),
		await attendanceOf(db, meetingId),
		cases,
		await followUpRowsOf(
			db,
			cases.map((c) => c.id)
		)
	);
}

/** Writes the minutes as they now read as the next version. */
async function writeVersion(ctx: Ctx, tx: Tx, meetingId: number, reason: string | null) {
	const [last] = await tx
		.select({ number: minutesVersion.number })
		.from(minutesVersion)
		.where(eq(minutesVersion.meetingId, meetingId))
		.orderBy(desc(minutesVersion.number))
		.limit(1);
	const number = (last?.number ?? 0) + 1;
	await tx.insert(minutesVersion).values({
		meetingId,
		number,
		content: await minutesContent(tx, meetingId),
		reason,
		createdBy: ctx.actor?.id ?? null
	});
	return number;
}

/**
 * Records who attended. The form sends `status_<member>` (present or absent) and, for a deputy,
 * `for_<member>`: the member it stands in for, who must then be absent.
 */
export async function recordAttendance(ctx: Ctx, input: unknown) {
	allow(ctx, canManageGovernance);
	const { id: meetingId } = parseInput(idRef, input);
	const raw = input as Record<string, unknown>;
	const reason = typeof raw.reason === 'string' ? raw.reason.trim().slice(0, 500) : '';
	return ctx.db.transaction(async (tx) => {
		const m = await lockMeeting(tx, meetingId);
		const correction = await openForMinutes(tx, m, reason);
		const seats = await seatsAt(tx, m);
		const ids = new Set(seats.map((s) => s.member.id));
		const errors: Record<string, string> = {};
		const rows = seats.flatMap(({ member }) => {
			const status = raw[`status_${member.id}`];
			const inPlaceOf = Number(raw[`for_${member.id}`] || 0) || null;
			if (status === undefined || status === '') return [];
			if (!attendanceStatuses.includes(status as never)) {
				errors[`status_${member.id}`] = 'error_choice';
				return [];
			}
			if (inPlaceOf !== null && (!ids.has(inPlaceOf) || inPlaceOf === member.id))
				errors[`for_${member.id}`] = 'error_choice';
			else if (inPlaceOf !== null && raw[`status_${inPlaceOf}`] !== 'absent')
				errors[`for_${member.id}`] = 'attendance_error_in_place_of';
			else if (inPlaceOf !== null && status !== 'present')
				errors[`for_${member.id}`] = 'attendance_error_deputy_absent';
			return [
				{
					meetingId,
					memberId: member.id,
					status: status as (typeof attendanceStatuses)[number],
					inPlaceOfMemberId: inPlaceOf
				}
			];
		});
		if (Object.keys(errors).length) throw new ValidationError(errors);
		const before = await tx.select().from(attendance).where(eq(attendance.meetingId, meetingId));
		await tx.delete(attendance).where(eq(attendance.meetingId, meetingId));
		if (rows.length) await tx.insert(attendance).values(rows);
		if (correction) await writeVersion(ctx, tx, meetingId, reason);
		await recordAudit(tx, ctx.actor, {
			entity: 'meeting',
			entityId: meetingId,
			kind: correction ? 'correct_attendance' : 'record_attendance',
			before,
			after: { attendance: rows, reason: correction ? reason : undefined }
		});
	});
}

async function lockCase(tx: Tx, caseId: number) {
	const [c] = await tx.select().from(meetingCase).where(eq(meetingCase.id, caseId));
	if (!c) throw new NotFoundError('case');
	return { c, m: await lockMeeting(tx, c.meetingId) };
}

/** The decision as adopted, with the votes if there was a vote. */
export async function recordDecision(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageGovernance);
	const { caseId } = parseInput(caseRef, raw);
	const { reason, ...input } = parseInput(decisionInput, raw);
	return ctx.db.transaction(async (tx) => {
		const { c, m } = await lockCase(tx, caseId);
		const correction = await openForMinutes(tx, m, reason);
		const [after] = await tx
			.update(meetingCase)
			.set(input)
			.where(eq(meetingCase.id, caseId))
			.returning();
		if (correction) await writeVersion(ctx, tx, m.id, reason);
		await recordAudit(tx, ctx.actor, {
			entity: 'meeting',
			entityId: m.id,
			kind: correction ? 'correct_decision' : 'record_decision',
			before: c,
			after: { ...after, reason: correction ? reason : undefined }
		});
		return after;
	});
}

/** A task given by the decision in a case. */
export async function addFollowUp(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageGovernance);
	const { caseId } = parseInput(caseRef, raw);
	const { reason, ...input } = parseInput(followUpInput, raw);
	return ctx.db.transaction(async (tx) => {
		const { m } = await lockCase(tx, caseId);
		if (input.organisationId !== null) {
			const [found] = await tx
				.select({ id: organisation.id })
				.from(organisation)
				.where(eq(organisation.id, input.organisationId));
			if (!found) throw new ValidationError({ organisationId: 'error_choice' });
		}
		const correction = await openForMinutes(tx, m, reason);
		const [row] = await tx
			.insert(followUp)
			.values({ ...input, caseId, meetingId: m.id })
			.returning();
		if (correction) await writeVersion(ctx, tx, m.id, reason);
		await recordAudit(tx, ctx.actor, {
			entity: 'meeting',
			entityId: m.id,
			kind: 'add_follow_up',
			after: { ...row, reason: correction ? reason : undefined }
		});
		return row;
	});
}

/**
 * Approves the minutes on a day at or after the meeting and not in the future. From now on they
 * are locked, and version 1 holds them exactly as approved.
 */
export async function approveMinutes(ctx: Ctx, raw: unknown, today = osloDate()) {
	allow(ctx, canManageGovernance);
	const { id: meetingId, ...input } = parseInput(approveMinutesInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockMeeting(tx, meetingId, input.version);
		if (before.status !== 'held') throw new ValidationError({ _form: 'minutes_error_not_held' });
		if (input.approvedOn < meetingDate(before))
			throw new ValidationError({ approvedOn: 'minutes_error_before_meeting' });
		if (input.approvedOn > today) throw new ValidationError({ approvedOn: 'minutes_error_future' });
		const after = await saveRow(tx, meeting, meetingId, {
			status: 'minutes_approved',
			minutesApprovedOn: input.approvedOn
		});
		await writeVersion(ctx, tx, meetingId, null);
		await recordAudit(tx, ctx.actor, {
			entity: 'meeting',
			entityId: meetingId,
			kind: 'approve_minutes',
			before,
			after
		});
		return after;
	});
}

/** Every version of approved minutes, newest first; the first has no reason. */
export async function listMinutesVersions(db: Db, meetingId: number) {
	return db
		.select()
		.from(minutesVersion)
		.where(eq(minutesVersion.meetingId, meetingId))
		.orderBy(desc(minutesVersion.number));
}
