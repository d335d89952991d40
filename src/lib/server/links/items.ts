// What one item links to another reads as: a title, a date and an address, per kind of item and
// per view. `public` keeps each kind to what the public may see of it (answered hearings, public
// statements, published meetings of public bodies, public commitments, engagements with a public
// summary, items of public workshops, public matters) and leaves out inquiries; an exempt case
// keeps its number, title and legal basis only. A new kind of item is one loader below.
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { LinkKind } from '../../schemas/values.ts';
import { action } from '../actions/schema.ts';
import { commitment } from '../commitments/schema.ts';
import { engagement, inquiry } from '../engagements/schema.ts';
import { meetingColumns, PUBLISHED_STATUSES } from '../governance/meetings.ts';
import { caseNumber } from '../governance/numbers.ts';
import { body, meeting, meetingCase } from '../governance/schema.ts';
import { hearing } from '../hearings/schema.ts';
import { matter } from '../matters/schema.ts';
import { measure } from '../measures/schema.ts';
import { organisation } from '../partners/schema.ts';
import type { Db } from '../platform/db/client.ts';
import type { Tx } from '../core/context.ts';
import { osloDate } from '../shared/dates.ts';
import { PUBLIC_STATEMENT } from '../statements/queries.ts';
import { statement } from '../statements/schema.ts';
import { workshop, workshopItem } from '../workshops/schema.ts';

export type View = 'public' | 'internal';

export interface LinkedItem {
	kind: LinkKind;
	id: number;
	date: string | null;
	title: string;
	/** Where the view reads it; null when the view has no page for it. */
	href: string | null;
	note: string;
}

type Loader = (db: Db | Tx, ids: number[], view: View) => Promise<LinkedItem[]>;

const dayOf = (at: Date | string | null) => (at ? osloDate(new Date(at)) : null);
const only = (view: View, condition: SQL) => (view === 'public' ? condition : undefined);
const published = () =>
	and(inArray(meeting.status, PUBLISHED_STATUSES), eq(body.isPublic, true)) as SQL;

const loaders: Record<LinkKind, Loader> = {
	async action(db, ids, view) {
		const rows = await db
			.select({ id: action.id, code: action.code, title: action.title, at: action.lastProgressAt })
			.from(action)
			.where(inArray(action.id, ids));
		return rows.map((a) => ({
			kind: 'action',
			id: a.id,
			date: dayOf(a.at),
			title: `${a.code} ${a.title}`,
			href:
				view === 'internal'
					? `/arbeidsrom/handlingspunkt/${a.code}`
					: `/handlingsprogram/${a.code}`,
			note: ''
		}));
	},

	async hearing(db, ids, view) {
		const rows = await db
			.select({ id: hearing.id, title: hearing.title, date: hearing.publicDeadline })
			.from(hearing)
			.where(and(inArray(hearing.id, ids), only(view, eq(hearing.status, 'sent'))));
		return rows.map((h) => ({
			kind: 'hearing',
			id: h.id,
			date: h.date,
			title: h.title,
			href: view === 'internal' ? `/arbeidsrom/horinger/${h.id}` : `/horinger#horing-${h.id}`,
			note: ''
		}));
	},

	async statement(db, ids, view) {
		const rows = await db
			.select({
				id: statement.id,
				title: statement.title,
				sentOn: statement.sentOn,
				createdAt: statement.createdAt
			})
			.from(statement)
			.where(
				and(inArray(statement.id, ids), only(view, inArray(statement.status, PUBLIC_STATEMENT)))
			);
		return rows.map((s) => ({
			kind: 'statement',
			id: s.id,
			date: s.sentOn ?? dayOf(s.createdAt),
			title: s.title,
			href: view === 'internal' ? `/arbeidsrom/uttalelser/${s.id}` : `/uttalelser/${s.id}`,
			note: ''
		}));
	},

	async meeting(db, ids, view) {
		const rows = await db
			.select(meetingColumns)
			.from(meeting)
			.innerJoin(body, eq(body.id, meeting.bodyId))
			.where(and(inArray(meeting.id, ids), only(view, published())));
		return rows.map((mt) => ({
			kind: 'meeting',
			id: mt.id,
			date: dayOf(mt.startsAt),
			title: mt.bodyName,
			href: view === 'internal' ? `/arbeidsrom/moter/${mt.id}` : `/moter/${mt.id}`,
			note: mt.place ?? ''
		}));
	},

	async case(db, ids, view) {
		const rows = await db
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
			.where(and(inArray(meetingCase.id, ids), only(view, published())));
		return rows.map((c) => ({
			kind: 'case',
			id: c.id,
			date: dayOf(c.startsAt),
			title: `${caseNumber(c)} ${c.title}`,
			href:
				view === 'internal'
					? `/arbeidsrom/moter/${c.meetingId}#sak-${c.id}`
					: `/moter/${c.meetingId}#sak-${c.id}`,
			// What the public reads of an exempt case is its legal basis, nothing of its content.
			note: c.exempt ? c.exemptBasis : c.bodyName
		}));
	},

	async commitment(db, ids, view) {
		const rows = await db
			.select({
				id: commitment.id,
				promise: commitment.promise,
				sourceOn: commitment.sourceOn,
				actorName: organisation.name
			})
			.from(commitment)
			.innerJoin(organisation, eq(organisation.id, commitment.actorId))
			.where(and(inArray(commitment.id, ids), only(view, eq(commitment.isPublic, true))));
		return rows.map((c) => ({
			kind: 'commitment',
			id: c.id,
			date: c.sourceOn,
			title: `${c.actorName}: ${c.promise}`,
			href: view === 'internal' ? `/arbeidsrom/forpliktelser/${c.id}` : `/forpliktelser/${c.id}`,
			note: ''
		}));
	},

	async engagement(db, ids, view) {
		const rows = await db
			.select({
				id: engagement.id,
				topic: engagement.topic,
				heldOn: engagement.heldOn,
				summary: engagement.summary
			})
			.from(engagement)
			.where(and(inArray(engagement.id, ids), only(view, eq(engagement.summaryIsPublic, true))));
		return rows.map((e) => ({
			kind: 'engagement',
			id: e.id,
			date: e.heldOn,
			title: e.topic,
			href: view === 'internal' ? `/arbeidsrom/aktormoter/${e.id}` : null,
			note: e.summary
		}));
	},

	async inquiry(db, ids, view) {
		if (view === 'public') return [];
		const rows = await db
			.select({ id: inquiry.id, topic: inquiry.topic, receivedOn: inquiry.receivedOn })
			.from(inquiry)
			.where(inArray(inquiry.id, ids));
		return rows.map((q) => ({
			kind: 'inquiry',
			id: q.id,
			date: q.receivedOn,
			title: q.topic,
			href: `/arbeidsrom/henvendelser/${q.id}`,
			note: ''
		}));
	},

	async measure(db, ids, view) {
		const rows = await db
			.select({
				id: measure.id,
				title: measure.title,
				startsOn: measure.startsOn,
				createdAt: measure.createdAt,
				code: action.code
			})
			.from(measure)
			.innerJoin(action, eq(action.id, measure.actionId))
			.where(inArray(measure.id, ids));
		return rows.map((ms) => ({
			kind: 'measure',
			id: ms.id,
			date: ms.startsOn ?? dayOf(ms.createdAt),
			title: ms.title,
			href: view === 'internal' ? `/arbeidsrom/tiltak/${ms.id}` : `/handlingsprogram/${ms.code}`,
			note: ms.code
		}));
	},

	async workshop_item(db, ids, view) {
		const rows = await db
			.select({
				id: workshopItem.id,
				text: workshopItem.text,
				workshopId: workshop.id,
				heldOn: workshop.heldOn,
				workshopTitle: workshop.title
			})
			.from(workshopItem)
			.innerJoin(workshop, eq(workshop.id, workshopItem.workshopId))
			.where(and(inArray(workshopItem.id, ids), only(view, eq(workshop.isPublic, true))));
		return rows.map((w) => ({
			kind: 'workshop_item',
			id: w.id,
			date: w.heldOn,
			title: w.text,
			href: `${view === 'internal' ? '/arbeidsrom' : ''}/innspill/${w.workshopId}#innspill-${w.id}`,
			note: w.workshopTitle
		}));
	},

	async matter(db, ids, view) {
		const rows = await db
			.select({
				id: matter.id,
				slug: matter.slug,
				title: matter.title,
				updatedAt: matter.updatedAt
			})
			.from(matter)
			.where(and(inArray(matter.id, ids), only(view, eq(matter.isPublic, true))));
		return rows.map((s) => ({
			kind: 'matter',
			id: s.id,
			date: dayOf(s.updatedAt),
			title: s.title,
			href:
				view === 'internal' ? `/arbeidsrom/aktuelle-saker/${s.id}` : `/aktuelle-saker/${s.slug}`,
			note: ''
		}));
	}
};

/** Newest first; undated items last; the same day, the newer row first. */
export function byNewest(a: LinkedItem, b: LinkedItem) {
	if (a.date === b.date) return b.id - a.id;
	if (a.date === null) return 1;
	if (b.date === null) return -1;
	return a.date < b.date ? 1 : -1;
}

/** The linked items, of any kinds, that the view may see, newest first. */
export async function readLinked(
	db: Db | Tx,
	links: readonly { kind: LinkKind; targetId: number }[],
	view: View
): Promise<LinkedItem[]> {
	const byKind = new Map<LinkKind, number[]>();
	for (const link of links)
		byKind.set(link.kind, [...(byKind.get(link.kind) ?? []), link.targetId]);
	const found: LinkedItem[] = [];
	for (const [kind, ids] of byKind) found.push(...(await loaders[kind](db, ids, view)));
	return found.sort(byNewest);
}
