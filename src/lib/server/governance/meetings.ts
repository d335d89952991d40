import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { caseInput, meetingInput } from '../../schemas/governance.ts';
import { assertAllowed, canManageGovernance } from '../access.ts';
import { recordAudit } from '../audit.ts';
import type { Ctx, Tx } from '../context.ts';
import type { Db } from '../db/client.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { calendarFeed } from '../calendar.ts';
import { renderMarkdown } from '../markdown.ts';
import { parseInput } from '../validate.ts';
import { body, caseCounter, meeting, meetingCase, type Meeting } from './schema.ts';

const PUBLISHED = ['agenda_published', 'held', 'minutes_approved'] as const;

/** A date and a time of day in Norway as one instant. */
export function osloInstant(date: string, time: string): Date {
	const guess = new Date(`${date}T${time}:00Z`);
	const inOslo = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Oslo' }));
	const inUtc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
	return new Date(guess.getTime() - (inOslo.getTime() - inUtc.getTime()));
}

/** `12/24`: the running number within the body and the year's last two digits. */
export const caseNumber = (c: { number: number; year: number }) =>
	`${c.number}/${String(c.year % 100).padStart(2, '0')}`;

export async function createMeeting(ctx: Ctx, raw: unknown): Promise<Meeting> {
	assertAllowed(canManageGovernance(ctx.actor));
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

async function loadMeeting(tx: Tx, id: number) {
	const [row] = await tx.select().from(meeting).where(eq(meeting.id, id)).for('update');
	if (!row) throw new NotFoundError('meeting');
	return row;
}

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
export async function addCase(ctx: Ctx, meetingId: number, raw: unknown) {
	assertAllowed(canManageGovernance(ctx.actor));
	const input = parseInput(caseInput, raw);
	return ctx.db.transaction(async (tx) => {
		const m = await loadMeeting(tx, meetingId);
		if (m.status !== 'planned' && m.status !== 'agenda_published')
			throw new ValidationError({ _form: 'meeting_error_closed' });
		const year = Number(
			new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(m.startsAt)
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
		await recordAudit(tx, ctx.actor, {
			entity: 'meeting',
			entityId: meetingId,
			kind: 'add_case',
			after: { ...row, caseNumber: caseNumber(row) }
		});
		return row;
	});
}

/** Publishing the agenda makes the meeting public, exempt cases as their title only. */
export async function publishAgenda(ctx: Ctx, meetingId: number, version: number) {
	assertAllowed(canManageGovernance(ctx.actor));
	return ctx.db.transaction(async (tx) => {
		const before = await loadMeeting(tx, meetingId);
		if (before.version !== version) throw new ConflictError('meeting');
		if (before.status !== 'planned')
			throw new ValidationError({ _form: 'meeting_error_published' });
		const [after] = await tx
			.update(meeting)
			.set({ status: 'agenda_published', version: before.version + 1, updatedAt: new Date() })
			.where(eq(meeting.id, meetingId))
			.returning();
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

const meetingColumns = {
	id: meeting.id,
	startsAt: meeting.startsAt,
	place: meeting.place,
	videoUrl: meeting.videoUrl,
	status: meeting.status,
	isExample: meeting.isExample,
	bodyName: body.name,
	bodySlug: body.slug
};

// Internal material (memos of unpublished and exempt cases) is for the secretariat for now; members'
// access to their own bodies' material comes with the minutes.
export async function listMeetings(ctx: Ctx) {
	assertAllowed(canManageGovernance(ctx.actor));
	return ctx.db
		.select(meetingColumns)
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.orderBy(desc(meeting.startsAt), desc(meeting.id))
		.limit(200);
}

/** Meetings whose agenda is published, in public bodies. */
export async function listPublicMeetings(db: Db) {
	return db
		.select(meetingColumns)
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(and(inArray(meeting.status, PUBLISHED), eq(body.isPublic, true)))
		.orderBy(desc(meeting.startsAt), desc(meeting.id))
		.limit(200);
}

export async function getMeeting(ctx: Ctx, id: number) {
	assertAllowed(canManageGovernance(ctx.actor));
	const [row] = await ctx.db
		.select({ meeting, bodyName: body.name, bodySlug: body.slug, bodyIsPublic: body.isPublic })
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(eq(meeting.id, id));
	if (!row) throw new NotFoundError('meeting');
	const cases = await ctx.db
		.select()
		.from(meetingCase)
		.where(eq(meetingCase.meetingId, id))
		.orderBy(asc(meetingCase.year), asc(meetingCase.number));
	return {
		...row,
		cases: cases.map((c) => ({ ...c, caseNumber: caseNumber(c), memoHtml: renderMarkdown(c.memo) }))
	};
}

/**
 * A published meeting as the public sees it. An exempt case is reduced here, before it leaves the
 * database layer, to its number, title and legal basis: its memo and proposed decision never reach
 * a public page.
 */
export async function getPublicMeeting(db: Db, id: number) {
	const [row] = await db
		.select(meetingColumns)
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(and(eq(meeting.id, id), inArray(meeting.status, PUBLISHED), eq(body.isPublic, true)));
	if (!row) throw new NotFoundError('meeting');
	const cases = await db
		.select()
		.from(meetingCase)
		.where(eq(meetingCase.meetingId, id))
		.orderBy(asc(meetingCase.year), asc(meetingCase.number));
	return {
		meeting: row,
		cases: cases.map((c) =>
			c.exempt
				? {
						id: c.id,
						caseNumber: caseNumber(c),
						title: c.title,
						type: c.type,
						exempt: true as const,
						exemptBasis: c.exemptBasis
					}
				: {
						id: c.id,
						caseNumber: caseNumber(c),
						title: c.title,
						type: c.type,
						exempt: false as const,
						memoHtml: renderMarkdown(c.memo),
						proposedDecision: c.proposedDecision,
						isExample: c.isExample
					}
		)
	};
}

const MEETING_HOURS = 3;

/**
 * Published meetings of public bodies as an iCalendar feed, all of them or one body's, each with a
 * link to its agenda. Only times, places and the body go into it: no case content.
 */
export async function meetingCalendar(db: Db, origin: string, bodySlug?: string) {
	const rows = await db
		.select(meetingColumns)
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(
			and(
				inArray(meeting.status, PUBLISHED),
				eq(body.isPublic, true),
				bodySlug ? eq(body.slug, bodySlug) : undefined
			)
		)
		.orderBy(asc(meeting.startsAt), asc(meeting.id));
	if (bodySlug && !rows.length) {
		const [known] = await db
			.select({ id: body.id })
			.from(body)
			.where(and(eq(body.slug, bodySlug), eq(body.isPublic, true)));
		if (!known) throw new NotFoundError('body');
	}
	return calendarFeed(
		origin,
		rows[0] && bodySlug ? `Møter i ${rows[0].bodyName}` : 'Innherredsbyen – møter',
		'moter',
		rows.map((row) => ({
			uid: `mote-${row.id}`,
			start: row.startsAt,
			end: new Date(row.startsAt.getTime() + MEETING_HOURS * 3_600_000),
			summary: `Møte i ${row.bodyName}`,
			location: row.place || row.videoUrl || undefined,
			description: `Saksliste: ${origin}/moter/${row.id}`,
			url: `${origin}/moter/${row.id}`
		}))
	);
}
