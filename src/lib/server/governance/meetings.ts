import { and, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { dateTimeFormat } from '../../intl.ts';
import { osloInstant } from '../shared/dates.ts';
import { caseInput, caseLinksInput, meetingInput } from '../../schemas/governance.ts';
import { allow, canManageGovernance, canUseWorkspace } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { renderMarkdown } from '../shared/markdown.ts';
import { parseInput } from '../core/validate.ts';
import { idRef, paging, versionedRef } from '../../schemas/common.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { attachmentsOf, linksOf, writeLinks } from './case-material.ts';
import { followUpRowsOf, withCompletion } from './follow-ups.ts';
import { attendanceOf, casesOf, composeMinutes, listMinutesVersions, seatsAt } from './minutes.ts';
import { mayRead, readableBodies } from './readers.ts';
import { caseNumber } from './numbers.ts';
import { body, caseCounter, meeting, meetingCase, type Meeting } from './schema.ts';

/** Meetings whose agenda is out: public in a public body, readable by members in any body. */
export const PUBLISHED_STATUSES = ['agenda_published', 'held', 'minutes_approved'] as const;

export { caseNumber, osloInstant };

export async function createMeeting(ctx: Ctx, raw: unknown): Promise<Meeting> {
	allow(ctx, canManageGovernance);
	const input = parseInput(meetingInput, raw);
	return ctx.db.transaction(async (tx) => {
		const [owner] = await tx.select({ id: body.id }).from(body).where(eq(body.id, input.bodyId));
		if (!owner) throw new ValidationError({ bodyId: 'error_choice' });
		const [row] = await tx
			.insert(meeting)
			.values({
				bodyId: input.bodyId,
				startsAt: osloInstant(input.date, input.time),
				place: input.place,
				videoUrl: input.videoUrl
			})
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'meeting',
			entityId: row.id,
			kind: 'create',
			after: row
		});
		return row;
	});
}

const lockMeeting = (tx: Tx, id: number, version?: number) =>
	lockRow(tx, meeting, eq(meeting.id, id), 'meeting', version);

/** The next number of a body's year, taken in the same transaction as the case that gets it. */
async function nextCaseNumber(tx: Tx, bodyId: number, year: number): Promise<number> {
	const [row] = await tx
		.insert(caseCounter)
		.values({ bodyId, year, last: 1 })
		.onConflictDoUpdate({
			target: [caseCounter.bodyId, caseCounter.year],
			set: { last: sql`${caseCounter.last} + 1` }
		})
		.returning({ last: caseCounter.last });
	return row.last;
}

/**
 * Puts a case on a meeting's agenda and gives it the body's next number for the meeting's year.
 * Concurrent additions serialise on the counter row, so no two cases get the same number.
 */
export async function addCase(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageGovernance);
	const { id: meetingId } = parseInput(idRef, raw);
	const input = parseInput(caseInput, raw);
	const links = parseInput(caseLinksInput, raw);
	return ctx.db.transaction(async (tx) => {
		const m = await lockMeeting(tx, meetingId);
		if (m.status !== 'planned' && m.status !== 'agenda_published')
			throw new ValidationError({ _form: 'meeting_error_closed' });
		const year = Number(
			dateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(m.startsAt)
		);
		const number = await nextCaseNumber(tx, m.bodyId, year);
		const [row] = await tx
			.insert(meetingCase)
			.values({
				...input,
				exemptBasis: input.exempt ? input.exemptBasis : '',
				meetingId,
				bodyId: m.bodyId,
				year,
				number
			})
			.returning();
		await writeLinks(tx, row.id, links);
		await recordAudit(tx, ctx.actor, {
			entity: 'meeting',
			entityId: meetingId,
			kind: 'add_case',
			after: { ...row, caseNumber: caseNumber(row), ...links }
		});
		return row;
	});
}

/** Publishing the agenda makes the meeting public, exempt cases as their title only. */
export async function publishAgenda(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageGovernance);
	const { id: meetingId, version } = parseInput(versionedRef, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockMeeting(tx, meetingId, version);
		if (before.status !== 'planned')
			throw new ValidationError({ _form: 'meeting_error_published' });
		const after = await saveRow(tx, meeting, meetingId, { status: 'agenda_published' });
		await recordAudit(tx, ctx.actor, {
			entity: 'meeting',
			entityId: meetingId,
			kind: 'publish_agenda',
			before,
			after
		});
		return after;
	});
}

export const meetingColumns = {
	id: meeting.id,
	startsAt: meeting.startsAt,
	place: meeting.place,
	videoUrl: meeting.videoUrl,
	status: meeting.status,
	isExample: meeting.isExample,
	bodyName: body.name,
	bodySlug: body.slug
};

/**
 * Meetings in the workspace: every one for the secretariat; for others the published meetings of
 * the bodies they sit in and of the public bodies.
 */
export async function getMeetingsPage(ctx: Ctx, input: unknown) {
	const page = parseInput(paging(50), input);
	return {
		meetings: await listMeetings(ctx, page),
		canManage: canManageGovernance(ctx.actor),
		...page
	};
}

async function listMeetings(ctx: Ctx, page: { limit: number; offset: number }) {
	allow(ctx, canUseWorkspace);
	const readable = await readableBodies(ctx);
	const where =
		readable === 'all'
			? undefined
			: and(
					inArray(meeting.status, PUBLISHED_STATUSES),
					readable.size
						? or(eq(body.isPublic, true), inArray(body.id, [...readable]))
						: eq(body.isPublic, true)
				);
	const rows = await ctx.db
		.select({ ...meetingColumns, bodyId: meeting.bodyId })
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(where)
		.orderBy(desc(meeting.startsAt), desc(meeting.id))
		.limit(page.limit)
		.offset(page.offset);
	const [{ total }] = await ctx.db
		.select({ total: count() })
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(where);
	// Where the actor has no seat, the meeting opens on its public page.
	return { rows: rows.map((row) => ({ ...row, inside: mayRead(readable, row.bodyId) })), total };
}

/**
 * A meeting with all its material, exempt content included: for the secretariat, and once the
 * agenda is published for the members of the body and the partners that sit in it.
 */
export async function getMeeting(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { id } = parseInput(idRef, input);
	const [row] = await ctx.db
		.select({ meeting, bodyName: body.name, bodySlug: body.slug, bodyIsPublic: body.isPublic })
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(eq(meeting.id, id));
	if (!row) throw new NotFoundError('meeting');
	const staff = canManageGovernance(ctx.actor);
	if (
		!staff &&
		(row.meeting.status === 'planned' || !mayRead(await readableBodies(ctx), row.meeting.bodyId))
	)
		throw new NotFoundError('meeting');
	const cases = await casesOf(ctx.db, id);
	const ids = cases.map((c) => c.id);
	const links = await linksOf(ctx.db, ids);
	const attachments = await attachmentsOf(ctx.db, ids);
	const tasks = await followUpRowsOf(ctx.db, ids);
	const followUps = withCompletion(ctx, tasks);
	const seats = await seatsAt(ctx.db, row.meeting);
	return {
		...row,
		cases: cases.map((c) => ({
			...c,
			caseNumber: caseNumber(c),
			memoHtml: renderMarkdown(c.memo),
			links: links.get(c.id) ?? [],
			attachments: attachments.filter((a) => a.caseId === c.id),
			followUps: followUps.filter((f) => f.caseId === c.id)
		})),
		minutes: composeMinutes(row.meeting, seats, await attendanceOf(ctx.db, id), cases, tasks),
		// The attendance form is the secretariat's; members read the minutes' attendance.
		seats: staff ? seats : [],
		versions: (await listMinutesVersions(ctx.db, id)).map(({ content: _c, ...v }) => v)
	};
}
