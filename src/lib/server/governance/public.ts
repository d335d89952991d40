import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { idRef, pageOffset, searchText, urlName } from '../../schemas/common.ts';
import { attachmentRef } from '../../schemas/governance.ts';
import type { Ctx } from '../core/context.ts';
import { parseInput } from '../core/validate.ts';
import { calendarFeed, calendarFile } from '../shared/calendar.ts';
import { PUBLIC_CACHE, type FileReply } from '../shared/files.ts';
import type { Db } from '../platform/db/client.ts';
import { NotFoundError } from '../core/errors.ts';
import { renderMarkdown } from '../shared/markdown.ts';
import { attachmentsOf, linksOf } from './case-material.ts';
import { meetingColumns, PUBLISHED_STATUSES } from './meetings.ts';
import { casesOf, listMinutesVersions, type MinutesContent } from './minutes.ts';
import { caseNumber } from './numbers.ts';
import { caseAttachment } from './records-schema.ts';
import { body, meeting, meetingCase } from './schema.ts';

const optionalSlug = z.object({ slug: urlName(100).optional() });

const isPublished = and(inArray(meeting.status, PUBLISHED_STATUSES), eq(body.isPublic, true));

/**
 * What the public may search in a case: its title always, its memo and decisions only when the
 * case is not exempt.
 */
const publicCaseText = sql`to_tsvector('norwegian'::regconfig, ${meetingCase.title} || ' ' || case when ${meetingCase.exempt} then '' else ${meetingCase.memo} || ' ' || ${meetingCase.proposedDecision} || ' ' || ${meetingCase.decision} end)`;

const PAGE = 25;
const publicListQuery = z.object({ q: searchText(200), offset: pageOffset });

/** The public meeting list: newest first, optionally those with a case matching `q`. */
export async function getPublicMeetingsPage(ctx: Ctx, input: unknown) {
	const { q, offset } = parseInput(publicListQuery, input);
	return {
		meetings: await queryPublicMeetings(ctx.db, { q, limit: PAGE, offset }),
		q: q ?? '',
		limit: PAGE,
		offset
	};
}

/** Published meetings of public bodies, newest first, optionally those with a case matching `q`. */
export async function queryPublicMeetings(
	db: Db,
	page: { q?: string; limit: number; offset: number }
) {
	const where = and(
		isPublished,
		page.q
			? inArray(
					meeting.id,
					db
						.select({ id: meetingCase.meetingId })
						.from(meetingCase)
						.where(
							sql`${publicCaseText} @@ websearch_to_tsquery('norwegian'::regconfig, ${page.q})`
						)
				)
			: undefined
	);
	const rows = await db
		.select(meetingColumns)
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(where)
		.orderBy(desc(meeting.startsAt), desc(meeting.id))
		.limit(page.limit)
		.offset(page.offset);
	const [{ total }] = await db
		.select({ total: count() })
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(where);
	return { rows, total };
}

type MinutesCase = MinutesContent['cases'][number];

/** An exempt case as the public sees it: its number, title and legal basis, nothing else. */
function exemptCase(c: { id: number; caseNumber: string; title: string; exemptBasis: string }) {
	return {
		id: c.id,
		caseNumber: c.caseNumber,
		title: c.title,
		exempt: true as const,
		exemptBasis: c.exemptBasis
	};
}

/** Approved minutes for the public: attendance, and decisions of the cases that are not exempt. */
function publicMinutes(content: MinutesContent) {
	return {
		approvedOn: content.approvedOn,
		attendance: content.attendance,
		cases: content.cases.map((c: MinutesCase) =>
			c.exempt ? exemptCase(c) : { ...c, exempt: false as const }
		)
	};
}

/**
 * A published meeting as the public sees it. An exempt case is reduced here, before it leaves the
 * database layer, to its number, title and legal basis: its memo, decision, links and attachments
 * never reach a public page. Exempt attachments of open cases are left out too.
 */
export async function getPublicMeeting(ctx: Ctx, input: unknown) {
	const { id } = parseInput(idRef, input);
	const db = ctx.db;
	const [row] = await db
		.select(meetingColumns)
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(and(eq(meeting.id, id), isPublished));
	if (!row) throw new NotFoundError('meeting');
	const cases = await casesOf(db, id);
	const open = cases.filter((c) => !c.exempt).map((c) => c.id);
	const links = await linksOf(db, open, true);
	const attachments = (await attachmentsOf(db, open)).filter((a) => !a.exempt);
	const versions = row.status === 'minutes_approved' ? await listMinutesVersions(db, id) : [];
	return {
		meeting: row,
		cases: cases.map((c) =>
			c.exempt
				? exemptCase({ ...c, caseNumber: caseNumber(c) })
				: {
						id: c.id,
						caseNumber: caseNumber(c),
						title: c.title,
						type: c.type,
						exempt: false as const,
						exemptBasis: '',
						memo: c.memo,
						memoHtml: renderMarkdown(c.memo),
						proposedDecision: c.proposedDecision,
						isExample: c.isExample,
						links: links.get(c.id) ?? [],
						attachments: attachments
							.filter((a) => a.caseId === c.id)
							.map(({ id: attachmentId, fileName, size }) => ({ id: attachmentId, fileName, size }))
					}
		),
		minutes: versions[0] ? publicMinutes(versions[0].content as MinutesContent) : null,
		corrections: versions
			.filter((v) => v.reason)
			.map((v) => ({ number: v.number, reason: v.reason!, createdAt: v.createdAt }))
			.reverse()
	};
}

export type PublicMeeting = Awaited<ReturnType<typeof getPublicMeeting>>;

/** An attachment the public may download: not exempt, in an open case of a published meeting. */
export async function getPublicAttachment(ctx: Ctx, input: unknown): Promise<FileReply> {
	const { id: meetingId, attachmentId } = parseInput(attachmentRef, input);
	const [row] = await ctx.db
		.select({
			fileName: caseAttachment.fileName,
			contentType: caseAttachment.contentType,
			content: caseAttachment.content
		})
		.from(caseAttachment)
		.innerJoin(meetingCase, eq(meetingCase.id, caseAttachment.caseId))
		.innerJoin(meeting, eq(meeting.id, meetingCase.meetingId))
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(
			and(
				eq(caseAttachment.id, attachmentId),
				eq(meeting.id, meetingId),
				eq(caseAttachment.exempt, false),
				eq(meetingCase.exempt, false),
				isPublished
			)
		);
	if (!row) throw new NotFoundError('attachment');
	return {
		body: row.content,
		fileName: row.fileName,
		contentType: row.contentType,
		cache: PUBLIC_CACHE
	};
}

const MEETING_HOURS = 3;

/**
 * Published meetings of public bodies as an iCalendar feed, all of them or one body's, each with a
 * link to its agenda. Only times, places and the body go into it: no case content.
 */
export async function meetingCalendar(ctx: Ctx, input: unknown = {}): Promise<FileReply> {
	const { slug: bodySlug } = parseInput(optionalSlug, input);
	const { db, origin } = ctx;
	const rows = await db
		.select(meetingColumns)
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(
			and(
				inArray(meeting.status, PUBLISHED_STATUSES),
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
	const feed = calendarFeed(
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
	return calendarFile(feed, bodySlug ? `moter-${bodySlug}.ics` : 'moter.ics');
}
