import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { calendarFeed } from '../shared/calendar.ts';
import type { Db } from '../platform/db/client.ts';
import { NotFoundError } from '../core/errors.ts';
import { renderMarkdown } from '../shared/markdown.ts';
import { attachmentsOf, linksOf } from './case-material.ts';
import { meetingColumns, PUBLISHED_STATUSES } from './meetings.ts';
import { casesOf, listMinutesVersions, type MinutesContent } from './minutes.ts';
import { caseNumber } from './numbers.ts';
import { caseAttachment } from './records-schema.ts';
import { body, meeting, meetingCase } from './schema.ts';

const isPublished = and(inArray(meeting.status, PUBLISHED_STATUSES), eq(body.isPublic, true));

/**
 * What the public may search in a case: its title always, its memo and decisions only when the
 * case is not exempt.
 */
const publicCaseText = sql`to_tsvector('norwegian'::regconfig, ${meetingCase.title} || ' ' || case when ${meetingCase.exempt} then '' else ${meetingCase.memo} || ' ' || ${meetingCase.proposedDecision} || ' ' || ${meetingCase.decision} end)`;

/** Published meetings of public bodies, newest first, optionally those with a case matching `q`. */
export async function listPublicMeetings(
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
export async function getPublicMeeting(db: Db, id: number) {
	const [row] = await db
		.select(meetingColumns)
		.from(meeting)
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(and(eq(meeting.id, id), isPublished));
	if (!row) throw new NotFoundError('meeting');
	const cases = await casesOf(db, id);
	const open = cases.filter((c) => !c.exempt).map((c) => c.id);
	const links = await linksOf(db, open);
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
export async function getPublicAttachment(db: Db, meetingId: number, attachmentId: number) {
	const [row] = await db
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
	return row;
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
