// A matter's timeline, for the workspace or the public. Every reader names its view: `public`
// keeps each kind of item to what the public may see of it (answered hearings, public statements,
// published meetings, public commitments, engagements with a public summary) and leaves out
// inquiries; an exempt case keeps its number, title and legal basis only.
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { MatterLinkKind } from '../../schemas/values.ts';
import { action } from '../actions/schema.ts';
import { commitment } from '../commitments/schema.ts';
import { engagement, inquiry } from '../engagements/schema.ts';
import { meetingColumns, PUBLISHED_STATUSES } from '../governance/meetings.ts';
import { caseNumber } from '../governance/numbers.ts';
import { body, meeting, meetingCase } from '../governance/schema.ts';
import { hearing } from '../hearings/schema.ts';
import { measure } from '../measures/schema.ts';
import { organisation } from '../partners/schema.ts';
import type { Db } from '../platform/db/client.ts';
import { osloDate } from '../shared/dates.ts';
import { PUBLIC_STATEMENT } from '../statements/queries.ts';
import { statement } from '../statements/schema.ts';
import { matterLink } from './schema.ts';

export type View = 'public' | 'internal';

export interface TimelineItem {
	kind: MatterLinkKind;
	id: number;
	date: string | null;
	title: string;
	href: string | null;
	note: string;
}

const dayOf = (at: Date | string | null) => (at ? osloDate(new Date(at)) : null);
const only = (view: View, condition: SQL) => (view === 'public' ? condition : undefined);

/** Everything linked to the matter that the view may see, newest first. */
export async function matterTimeline(db: Db, matterId: number, view: View) {
	const links = await db
		.select({ kind: matterLink.kind, targetId: matterLink.targetId })
		.from(matterLink)
		.where(eq(matterLink.matterId, matterId));
	const ids = (kind: MatterLinkKind) => links.filter((l) => l.kind === kind).map((l) => l.targetId);
	const inside = view === 'internal';
	const items: TimelineItem[] = [];
	const add = (item: TimelineItem) => items.push(item);

	const actionIds = ids('action');
	if (actionIds.length)
		for (const a of await db
			.select({ id: action.id, code: action.code, title: action.title, at: action.lastProgressAt })
			.from(action)
			.where(inArray(action.id, actionIds)))
			add({
				kind: 'action',
				id: a.id,
				date: dayOf(a.at),
				title: `${a.code} ${a.title}`,
				href: inside ? `/arbeidsrom/handlingspunkt/${a.code}` : `/handlingsprogram/${a.code}`,
				note: ''
			});

	const hearingIds = ids('hearing');
	if (hearingIds.length)
		for (const h of await db
			.select({ id: hearing.id, title: hearing.title, date: hearing.publicDeadline })
			.from(hearing)
			.where(and(inArray(hearing.id, hearingIds), only(view, eq(hearing.status, 'sent')))))
			add({
				kind: 'hearing',
				id: h.id,
				date: h.date,
				title: h.title,
				href: inside ? `/arbeidsrom/horinger/${h.id}` : `/horinger#horing-${h.id}`,
				note: ''
			});

	const statementIds = ids('statement');
	if (statementIds.length)
		for (const s of await db
			.select({
				id: statement.id,
				title: statement.title,
				sentOn: statement.sentOn,
				createdAt: statement.createdAt
			})
			.from(statement)
			.where(
				and(
					inArray(statement.id, statementIds),
					only(view, inArray(statement.status, PUBLIC_STATEMENT))
				)
			))
			add({
				kind: 'statement',
				id: s.id,
				date: s.sentOn ?? dayOf(s.createdAt),
				title: s.title,
				href: inside ? `/arbeidsrom/uttalelser/${s.id}` : `/uttalelser/${s.id}`,
				note: ''
			});

	const published = and(inArray(meeting.status, PUBLISHED_STATUSES), eq(body.isPublic, true))!;
	const meetingIds = ids('meeting');
	if (meetingIds.length)
		for (const mt of await db
			.select(meetingColumns)
			.from(meeting)
			.innerJoin(body, eq(body.id, meeting.bodyId))
			.where(and(inArray(meeting.id, meetingIds), only(view, published))))
			add({
				kind: 'meeting',
				id: mt.id,
				date: dayOf(mt.startsAt),
				title: mt.bodyName,
				href: inside ? `/arbeidsrom/moter/${mt.id}` : `/moter/${mt.id}`,
				note: mt.place ?? ''
			});

	const caseIds = ids('case');
	if (caseIds.length)
		for (const c of await db
			.select({
				id: meetingCase.id,
				number: meetingCase.number,
				year: meetingCase.year,
				title: meetingCase.title,
				exempt: meetingCase.exempt,
				exemptBasis: meetingCase.exemptBasis,
				meetingId: meeting.id,
				startsAt: meeting.startsAt,
				bodyName: body.name
			})
			.from(meetingCase)
			.innerJoin(meeting, eq(meeting.id, meetingCase.meetingId))
			.innerJoin(body, eq(body.id, meeting.bodyId))
			.where(and(inArray(meetingCase.id, caseIds), only(view, published))))
			add({
				kind: 'case',
				id: c.id,
				date: dayOf(c.startsAt),
				title: `${caseNumber(c)} ${c.title}`,
				href: inside
					? `/arbeidsrom/moter/${c.meetingId}#sak-${c.id}`
					: `/moter/${c.meetingId}#sak-${c.id}`,
				// What the public reads of an exempt case is its legal basis, nothing of its content.
				note: c.exempt ? c.exemptBasis : c.bodyName
			});

	const commitmentIds = ids('commitment');
	if (commitmentIds.length)
		for (const c of await db
			.select({
				id: commitment.id,
				promise: commitment.promise,
				sourceOn: commitment.sourceOn,
				actorName: organisation.name
			})
			.from(commitment)
			.innerJoin(organisation, eq(organisation.id, commitment.actorId))
			.where(and(inArray(commitment.id, commitmentIds), only(view, eq(commitment.isPublic, true)))))
			add({
				kind: 'commitment',
				id: c.id,
				date: c.sourceOn,
				title: `${c.actorName}: ${c.promise}`,
				href: inside ? `/arbeidsrom/forpliktelser/${c.id}` : `/forpliktelser/${c.id}`,
				note: ''
			});

	const engagementIds = ids('engagement');
	if (engagementIds.length)
		for (const e of await db
			.select({
				id: engagement.id,
				topic: engagement.topic,
				heldOn: engagement.heldOn,
				summary: engagement.summary
			})
			.from(engagement)
			.where(
				and(inArray(engagement.id, engagementIds), only(view, eq(engagement.summaryIsPublic, true)))
			))
			add({
				kind: 'engagement',
				id: e.id,
				date: e.heldOn,
				title: e.topic,
				href: inside ? `/arbeidsrom/aktormoter/${e.id}` : null,
				note: e.summary
			});

	const inquiryIds = inside ? ids('inquiry') : [];
	if (inquiryIds.length)
		for (const q of await db
			.select({ id: inquiry.id, topic: inquiry.topic, receivedOn: inquiry.receivedOn })
			.from(inquiry)
			.where(inArray(inquiry.id, inquiryIds)))
			add({
				kind: 'inquiry',
				id: q.id,
				date: q.receivedOn,
				title: q.topic,
				href: `/arbeidsrom/henvendelser/${q.id}`,
				note: ''
			});

	const measureIds = ids('measure');
	if (measureIds.length)
		for (const ms of await db
			.select({
				id: measure.id,
				title: measure.title,
				startsOn: measure.startsOn,
				createdAt: measure.createdAt,
				code: action.code
			})
			.from(measure)
			.innerJoin(action, eq(action.id, measure.actionId))
			.where(inArray(measure.id, measureIds)))
			add({
				kind: 'measure',
				id: ms.id,
				date: ms.startsOn ?? dayOf(ms.createdAt),
				title: ms.title,
				href: inside ? `/arbeidsrom/tiltak/${ms.id}` : `/handlingsprogram/${ms.code}`,
				note: ms.code
			});

	return items.sort((a, b) =>
		a.date === b.date
			? b.id - a.id
			: a.date === null
				? 1
				: b.date === null
					? -1
					: a.date < b.date
						? 1
						: -1
	);
}
