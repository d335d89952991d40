// What the one search finds, one registration per kind: how to read a batch of them as entries for
// each audience that may read them, and which of them a recorded change touches. A new kind of
// thing to find is one more registration here (and its name in `searchKinds`).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SearchAudience, SearchKind } from '../../schemas/values.ts';
import { action, actionProgramme, progressUpdate } from '../actions/schema.ts';
import { commitment, commitmentLink } from '../commitments/schema.ts';
import type { Tx } from '../core/context.ts';
import { engagement, inquiry } from '../engagements/schema.ts';
import { caseNumber } from '../governance/numbers.ts';
import { body as governingBody, meeting, meetingCase } from '../governance/schema.ts';
import { hearing } from '../hearings/schema.ts';
import { indicator } from '../knowledge/schema.ts';
import {
	libraryDocument,
	libraryDocumentLink,
	libraryDocumentVersion
} from '../documents/schema.ts';
import { matter, matterLink } from '../matters/schema.ts';
import { measure } from '../measures/schema.ts';
import { newsPost, newsTag } from '../news/schema.ts';
import { organisation } from '../partners/schema.ts';
import type { Db } from '../platform/db/client.ts';
import { question, questionLink } from '../questions/schema.ts';
import { osloDate } from '../shared/dates.ts';
import { markdownText } from '../shared/markdown.ts';
import { statement, statementVersion } from '../statements/schema.ts';
import { workshop, workshopItem } from '../workshops/schema.ts';

export interface Entry {
	kind: SearchKind;
	entityId: number;
	audience: SearchAudience;
	title: string;
	body: string;
	url: string;
	on: string | null;
	themeIds: number[];
	matterIds: number[];
}

export interface AuditedChange {
	entity: string;
	entityId: string | number;
	kind: string;
	before?: unknown;
	after?: unknown;
}

type Reader = Db | Tx;

export interface Registration {
	kind: SearchKind;
	/** Every id of the kind, for a rebuild. */
	all(db: Reader): Promise<number[]>;
	/** The entries of a batch of ids, for each audience that may read them. */
	load(db: Reader, ids: number[]): Promise<Entry[]>;
	/** The ids of this kind that a recorded change touches. */
	touched(db: Reader, change: AuditedChange): Promise<number[]>;
}

const day = (at: Date | string | null | undefined) => (at ? osloDate(new Date(at)) : null);
const byId = (change: AuditedChange, ...entities: string[]) =>
	entities.includes(change.entity) && /^\d+$/.test(String(change.entityId))
		? [Number(change.entityId)]
		: [];
/** Every id of a table with a serial `id`. */
async function idsOf(db: Reader, table: PgTable & { id: PgColumn }): Promise<number[]> {
	const rows = (await db.select({ id: table.id }).from(table as PgTable)) as { id: number }[];
	return rows.map((r) => r.id);
}

/** The rows of a table that name an organisation whose name a change touched. */
async function ownedBy(
	db: Reader,
	table: PgTable & { id: PgColumn },
	column: PgColumn,
	change: AuditedChange
): Promise<number[]> {
	const orgIds = byId(change, 'organisation');
	if (!orgIds.length) return [];
	const rows = (await db
		.select({ id: table.id })
		.from(table as PgTable)
		.where(eq(column, orgIds[0]))) as { id: number }[];
	return rows.map((r) => r.id);
}

/** The matters each item is linked to, by the matter's link kind. */
async function mattersOf(db: Reader, kind: string, ids: number[]) {
	if (!ids.length) return new Map<number, number[]>();
	const rows = await db
		.select({ targetId: matterLink.targetId, matterId: matterLink.matterId })
		.from(matterLink)
		.where(and(eq(matterLink.kind, kind as 'action'), inArray(matterLink.targetId, ids)));
	const map = new Map<number, number[]>();
	for (const r of rows) map.set(r.targetId, [...(map.get(r.targetId) ?? []), r.matterId]);
	return map;
}

/** A change to a matter's links touches the linked item of that kind. */
function linkedByMatter(change: AuditedChange, kind: string): number[] {
	if (change.entity !== 'matter') return [];
	const link = (change.after ?? change.before) as { kind?: string; targetId?: number } | undefined;
	return link?.kind === kind && typeof link.targetId === 'number' ? [link.targetId] : [];
}

/** Entries for the audiences: the workspace always, the public when `open`. */
function both(
	base: Omit<Entry, 'audience' | 'url'>,
	open: boolean,
	urls: { inside: string; outside: string },
	outside: Partial<Pick<Entry, 'title' | 'body'>> = {}
): Entry[] {
	const entries: Entry[] = [{ ...base, audience: 'workspace', url: urls.inside }];
	if (open) entries.push({ ...base, ...outside, audience: 'public', url: urls.outside });
	return entries;
}

/** The points of the current programme; an archived programme's points are not found. */
async function currentActionIds(db: Reader, ids?: number[]) {
	const rows = await db
		.select({ id: action.id })
		.from(action)
		.innerJoin(actionProgramme, eq(actionProgramme.id, action.programmeId))
		.where(and(eq(actionProgramme.status, 'current'), ids ? inArray(action.id, ids) : undefined));
	return rows.map((r) => r.id);
}

// Three registrations (points, progress, measures) ask the same of one change: read it once.
const actionIdsOfChange = new WeakMap<AuditedChange, Promise<number[]>>();
function actionIdsForCodes(db: Reader, change: AuditedChange): Promise<number[]> {
	let ids = actionIdsOfChange.get(change);
	if (!ids) actionIdsOfChange.set(change, (ids = readActionIdsForCodes(db, change)));
	return ids;
}

async function readActionIdsForCodes(db: Reader, change: AuditedChange) {
	// A new programme touches every point, the archived ones to be taken out.
	if (change.entity === 'action_programme') return idsOf(db, action);
	if (change.entity !== 'action') return [];
	// The point of that code in the current programme (read here, not through the actions domain,
	// which records its changes through the audit trail that calls this).
	const rows = await db
		.select({ id: action.id })
		.from(action)
		.innerJoin(actionProgramme, eq(actionProgramme.id, action.programmeId))
		.where(and(eq(actionProgramme.status, 'current'), eq(action.code, String(change.entityId))));
	return rows.map((r) => r.id);
}

/** The id of a point an import removed, for its entries to go with it. */
function removedAction(change: AuditedChange): number[] {
	const before = change.before as { id?: unknown } | undefined;
	return change.entity === 'action' &&
		change.kind === 'import_remove' &&
		typeof before?.id === 'number'
		? [before.id]
		: [];
}

const actions: Registration = {
	kind: 'action',
	all: (db) => currentActionIds(db),
	touched: async (db, change) => [
		...(await actionIdsForCodes(db, change)),
		...removedAction(change),
		...linkedByMatter(change, 'action')
	],
	async load(db, ids) {
		const current = await currentActionIds(db, ids);
		if (!current.length) return [];
		const rows = await db.select().from(action).where(inArray(action.id, current));
		const matters = await mattersOf(db, 'action', ids);
		return rows.flatMap((a) =>
			both(
				{
					kind: 'action',
					entityId: a.id,
					title: `${a.code} ${a.title}`,
					body: a.description,
					on: a.dueDate ?? null,
					themeIds: [a.themeId],
					matterIds: matters.get(a.id) ?? []
				},
				true,
				{ inside: `/arbeidsrom/handlingspunkt/${a.code}`, outside: `/handlingsprogram/${a.code}` }
			)
		);
	}
};

const progress: Registration = {
	kind: 'progress',
	all: (db) => idsOf(db, progressUpdate),
	async touched(db, change) {
		const actionIds = await actionIdsForCodes(db, change);
		if (!actionIds.length) return [];
		const rows = await db
			.select({ id: progressUpdate.id })
			.from(progressUpdate)
			.where(inArray(progressUpdate.actionId, actionIds));
		return rows.map((r) => r.id);
	},
	async load(db, ids) {
		const rows = await db
			.select({
				update: progressUpdate,
				code: action.code,
				title: action.title,
				themeId: action.themeId
			})
			.from(progressUpdate)
			.innerJoin(action, eq(action.id, progressUpdate.actionId))
			.innerJoin(actionProgramme, eq(actionProgramme.id, action.programmeId))
			.where(and(inArray(progressUpdate.id, ids), eq(actionProgramme.status, 'current')));
		return rows.flatMap((r) =>
			both(
				{
					kind: 'progress',
					entityId: r.update.id,
					title: `${r.code}: ${r.title}`,
					body: [r.update.text, r.update.nextSteps].filter(Boolean).join('\n'),
					on: day(r.update.createdAt),
					themeIds: [r.themeId],
					matterIds: []
				},
				r.update.isPublic,
				{ inside: `/handlingsprogram/${r.code}`, outside: `/handlingsprogram/${r.code}` }
			)
		);
	}
};

const measures: Registration = {
	kind: 'measure',
	all: (db) => idsOf(db, measure),
	async touched(db, change) {
		const actionIds = await actionIdsForCodes(db, change);
		const rows = actionIds.length
			? await db
					.select({ id: measure.id })
					.from(measure)
					.where(inArray(measure.actionId, actionIds))
			: [];
		return [
			...rows.map((r) => r.id),
			...(await ownedBy(db, measure, measure.ownerId, change)),
			...linkedByMatter(change, 'measure')
		];
	},
	async load(db, ids) {
		const rows = await db
			.select({ measure, code: action.code, themeId: action.themeId, owner: organisation.name })
			.from(measure)
			.innerJoin(action, eq(action.id, measure.actionId))
			.innerJoin(actionProgramme, eq(actionProgramme.id, action.programmeId))
			.innerJoin(organisation, eq(organisation.id, measure.ownerId))
			.where(and(inArray(measure.id, ids), eq(actionProgramme.status, 'current')));
		const matters = await mattersOf(db, 'measure', ids);
		return rows.flatMap((r) =>
			both(
				{
					kind: 'measure',
					entityId: r.measure.id,
					title: r.measure.title,
					body: `${r.code} · ${r.owner}`,
					on: r.measure.startsOn ?? day(r.measure.createdAt),
					themeIds: [r.themeId],
					matterIds: matters.get(r.measure.id) ?? []
				},
				true,
				{ inside: `/arbeidsrom/tiltak/${r.measure.id}`, outside: `/handlingsprogram/${r.code}` }
			)
		);
	}
};

const hearings: Registration = {
	kind: 'hearing',
	all: (db) => idsOf(db, hearing),
	touched: async (_db, change) => [
		...byId(change, 'hearing'),
		...linkedByMatter(change, 'hearing')
	],
	async load(db, ids) {
		const rows = await db.select().from(hearing).where(inArray(hearing.id, ids));
		const matters = await mattersOf(db, 'hearing', ids);
		return rows.flatMap((h) =>
			both(
				{
					kind: 'hearing',
					entityId: h.id,
					title: h.title,
					body: h.description,
					on: h.publicDeadline,
					themeIds: [],
					matterIds: matters.get(h.id) ?? []
				},
				h.status === 'sent',
				{ inside: `/arbeidsrom/horinger/${h.id}`, outside: `/horinger#horing-${h.id}` }
			)
		);
	}
};

const statements: Registration = {
	kind: 'statement',
	all: (db) => idsOf(db, statement),
	touched: async (_db, change) => [
		...byId(change, 'statement'),
		...linkedByMatter(change, 'statement')
	],
	async load(db, ids) {
		const rows = await db.select().from(statement).where(inArray(statement.id, ids));
		const latest = await db
			.select({ statementId: statementVersion.statementId, sections: statementVersion.sections })
			.from(statementVersion)
			.where(
				and(
					inArray(statementVersion.statementId, ids),
					sql`${statementVersion.number} = (select max(v.number) from ${statementVersion} v where v.statement_id = ${statementVersion.statementId})`
				)
			);
		const matters = await mattersOf(db, 'statement', ids);
		return rows.flatMap((s) => {
			const text = (latest.find((v) => v.statementId === s.id)?.sections ?? [])
				.map((section) => `${section.heading}\n${markdownText(section.body)}`)
				.join('\n');
			return both(
				{
					kind: 'statement',
					entityId: s.id,
					title: s.title,
					body: text,
					on: s.sentOn ?? day(s.createdAt),
					themeIds: [],
					matterIds: matters.get(s.id) ?? []
				},
				s.status === 'final' || s.status === 'sent',
				{ inside: `/arbeidsrom/uttalelser/${s.id}`, outside: `/uttalelser/${s.id}` }
			);
		});
	}
};

const cases: Registration = {
	kind: 'case',
	all: (db) => idsOf(db, meetingCase),
	async touched(db, change) {
		// A meeting's change touches its cases; a body's (its name, whether it is public) all of its.
		const meetingIds = byId(change, 'meeting');
		const bodyIds = byId(change, 'body');
		const rows =
			meetingIds.length || bodyIds.length
				? await db
						.select({ id: meetingCase.id })
						.from(meetingCase)
						.innerJoin(meeting, eq(meeting.id, meetingCase.meetingId))
						.where(
							meetingIds.length
								? inArray(meetingCase.meetingId, meetingIds)
								: inArray(meeting.bodyId, bodyIds)
						)
				: [];
		return [...rows.map((r) => r.id), ...linkedByMatter(change, 'case')];
	},
	async load(db, ids) {
		const rows = await db
			.select({
				c: meetingCase,
				status: meeting.status,
				startsAt: meeting.startsAt,
				bodyName: governingBody.name,
				isPublic: governingBody.isPublic
			})
			.from(meetingCase)
			.innerJoin(meeting, eq(meeting.id, meetingCase.meetingId))
			.innerJoin(governingBody, eq(governingBody.id, meeting.bodyId))
			.where(inArray(meetingCase.id, ids));
		const matters = await mattersOf(db, 'case', ids);
		return rows.flatMap((r) => {
			const title = `Sak ${caseNumber(r.c)} ${r.c.title}`;
			const published =
				r.isPublic && ['agenda_published', 'held', 'minutes_approved'].includes(r.status);
			return both(
				{
					kind: 'case',
					entityId: r.c.id,
					title,
					body: [r.bodyName, markdownText(r.c.memo), r.c.proposedDecision, r.c.decision]
						.filter(Boolean)
						.join('\n'),
					on: day(r.startsAt),
					themeIds: [],
					matterIds: matters.get(r.c.id) ?? []
				},
				published,
				{
					inside: `/arbeidsrom/moter/${r.c.meetingId}#sak-${r.c.id}`,
					outside: `/moter/${r.c.meetingId}#sak-${r.c.id}`
				},
				// What the public reads of an exempt case is its number, title and legal basis.
				r.c.exempt ? { body: [r.bodyName, r.c.exemptBasis].filter(Boolean).join('\n') } : {}
			);
		});
	}
};

const commitments: Registration = {
	kind: 'commitment',
	all: (db) => idsOf(db, commitment),
	touched: async (db, change) => [
		...byId(change, 'commitment'),
		...(await ownedBy(db, commitment, commitment.actorId, change)),
		...linkedByMatter(change, 'commitment')
	],
	async load(db, ids) {
		const rows = await db
			.select({ c: commitment, actor: organisation.name })
			.from(commitment)
			.innerJoin(organisation, eq(organisation.id, commitment.actorId))
			.where(inArray(commitment.id, ids));
		const themes = await db
			.select({ id: commitmentLink.commitmentId, themeId: commitmentLink.targetId })
			.from(commitmentLink)
			.where(and(inArray(commitmentLink.commitmentId, ids), eq(commitmentLink.kind, 'theme')));
		const matters = await mattersOf(db, 'commitment', ids);
		return rows.flatMap((r) =>
			both(
				{
					kind: 'commitment',
					entityId: r.c.id,
					title: `${r.actor}: ${r.c.promise}`,
					body: r.c.sourceTitle,
					on: r.c.sourceOn,
					themeIds: themes.filter((t) => t.id === r.c.id).map((t) => t.themeId),
					matterIds: matters.get(r.c.id) ?? []
				},
				r.c.isPublic,
				{ inside: `/arbeidsrom/forpliktelser/${r.c.id}`, outside: `/forpliktelser/${r.c.id}` }
			)
		);
	}
};

const engagements: Registration = {
	kind: 'engagement',
	all: (db) => idsOf(db, engagement),
	touched: async (_db, change) => [
		...byId(change, 'engagement'),
		...linkedByMatter(change, 'engagement')
	],
	async load(db, ids) {
		const rows = await db.select().from(engagement).where(inArray(engagement.id, ids));
		const matters = await mattersOf(db, 'engagement', ids);
		// An engagement has no public page: its public summary is read where it is linked.
		return rows.flatMap((e) =>
			both(
				{
					kind: 'engagement',
					entityId: e.id,
					title: e.topic,
					body: e.summary,
					on: e.heldOn,
					themeIds: [],
					matterIds: matters.get(e.id) ?? []
				},
				false,
				{ inside: `/arbeidsrom/aktormoter/${e.id}`, outside: '' }
			)
		);
	}
};

const inquiries: Registration = {
	kind: 'inquiry',
	all: (db) => idsOf(db, inquiry),
	touched: async (_db, change) => [
		...byId(change, 'inquiry'),
		...linkedByMatter(change, 'inquiry')
	],
	async load(db, ids) {
		const rows = await db.select().from(inquiry).where(inArray(inquiry.id, ids));
		const matters = await mattersOf(db, 'inquiry', ids);
		return rows.flatMap((q) =>
			both(
				{
					kind: 'inquiry',
					entityId: q.id,
					title: q.topic,
					body: q.fromRole,
					on: q.receivedOn,
					themeIds: [],
					matterIds: matters.get(q.id) ?? []
				},
				false,
				{ inside: `/arbeidsrom/henvendelser/${q.id}`, outside: '' }
			)
		);
	}
};

const workshopItems: Registration = {
	kind: 'workshop_item',
	all: (db) => idsOf(db, workshopItem),
	async touched(db, change) {
		const workshops = byId(change, 'workshop');
		const rows = workshops.length
			? await db
					.select({ id: workshopItem.id })
					.from(workshopItem)
					.where(inArray(workshopItem.workshopId, workshops))
			: [];
		return [...rows.map((r) => r.id), ...linkedByMatter(change, 'workshop_item')];
	},
	async load(db, ids) {
		const rows = await db
			.select({ item: workshopItem, w: workshop })
			.from(workshopItem)
			.innerJoin(workshop, eq(workshop.id, workshopItem.workshopId))
			.where(inArray(workshopItem.id, ids));
		const matters = await mattersOf(db, 'workshop_item', ids);
		return rows.flatMap((r) =>
			both(
				{
					kind: 'workshop_item',
					entityId: r.item.id,
					title: r.item.text.slice(0, 200),
					body: [r.w.title, r.item.note].filter(Boolean).join('\n'),
					on: r.w.heldOn,
					themeIds: r.item.themeId ? [r.item.themeId] : [],
					matterIds: matters.get(r.item.id) ?? []
				},
				r.w.isPublic,
				{
					inside: `/arbeidsrom/innspill/${r.w.id}#innspill-${r.item.id}`,
					outside: `/innspill/${r.w.id}#innspill-${r.item.id}`
				}
			)
		);
	}
};

const matters: Registration = {
	kind: 'matter',
	all: (db) => idsOf(db, matter),
	touched: async (_db, change) => byId(change, 'matter'),
	async load(db, ids) {
		const rows = await db.select().from(matter).where(inArray(matter.id, ids));
		return rows.flatMap((m) =>
			both(
				{
					kind: 'matter',
					entityId: m.id,
					title: m.title,
					body: [m.standing, m.followedBy].filter(Boolean).join('\n'),
					on: day(m.updatedAt),
					themeIds: [],
					matterIds: [m.id]
				},
				m.isPublic,
				{ inside: `/arbeidsrom/aktuelle-saker/${m.id}`, outside: `/aktuelle-saker/${m.slug}` }
			)
		);
	}
};

const news: Registration = {
	kind: 'news',
	all: (db) => idsOf(db, newsPost),
	touched: async (_db, change) => byId(change, 'news_post'),
	async load(db, ids) {
		const rows = await db.select().from(newsPost).where(inArray(newsPost.id, ids));
		const tags = await db.select().from(newsTag).where(inArray(newsTag.postId, ids));
		const of = (id: number, kind: string) =>
			tags.filter((t) => t.postId === id && t.kind === kind).map((t) => t.targetId);
		return rows.flatMap((p) => {
			const base = {
				kind: 'news' as const,
				entityId: p.id,
				title: p.title,
				body: `${p.lead}\n${markdownText(p.body)}`,
				on: day(p.publishedAt ?? p.createdAt),
				themeIds: of(p.id, 'theme'),
				matterIds: of(p.id, 'matter')
			};
			// Drafts and scheduled posts are the secretariat's; a withdrawn post is not found.
			if (p.status === 'published')
				return both(base, true, { inside: `/aktuelt/${p.slug}`, outside: `/aktuelt/${p.slug}` });
			if (p.status === 'withdrawn') return [];
			return [{ ...base, audience: 'staff' as const, url: `/arbeidsrom/aktuelt/${p.id}` }];
		});
	}
};

const questions: Registration = {
	kind: 'question',
	all: (db) => idsOf(db, question),
	touched: async (_db, change) => byId(change, 'question'),
	async load(db, ids) {
		const rows = await db.select().from(question).where(inArray(question.id, ids));
		const links = await db
			.select()
			.from(questionLink)
			.where(and(inArray(questionLink.questionId, ids), eq(questionLink.kind, 'matter')));
		// Only answered questions, as published, without anything of the asker.
		return rows
			.filter((q) => q.status === 'published')
			.flatMap((q) =>
				both(
					{
						kind: 'question',
						entityId: q.id,
						title: q.publicText.slice(0, 200),
						body: `${q.publicText}\n${q.answer}`,
						on: day(q.publishedAt),
						themeIds: [],
						matterIds: links.filter((l) => l.questionId === q.id).map((l) => l.targetId)
					},
					true,
					{ inside: `/arbeidsrom/sporsmal/${q.id}`, outside: `/sporsmal/${q.id}` }
				)
			);
	}
};

const indicators: Registration = {
	kind: 'indicator',
	all: (db) => idsOf(db, indicator),
	touched: async (_db, change) => byId(change, 'indicator'),
	async load(db, ids) {
		const rows = await db.select().from(indicator).where(inArray(indicator.id, ids));
		return rows.flatMap((i) =>
			both(
				{
					kind: 'indicator',
					entityId: i.id,
					title: i.name,
					body: [i.description, i.source, i.unit].filter(Boolean).join('\n'),
					on: day(i.updatedAt),
					themeIds: [],
					matterIds: []
				},
				i.isPublic,
				{ inside: `/arbeidsrom/kunnskap/${i.id}`, outside: `/kunnskap/${i.slug}` }
			)
		);
	}
};

const documents: Registration = {
	kind: 'document',
	all: (db) => idsOf(db, libraryDocument),
	touched: async (_db, change) => byId(change, 'document'),
	async load(db, ids) {
		const rows = await db.select().from(libraryDocument).where(inArray(libraryDocument.id, ids));
		// The text of each document's current version: its highest number.
		const texts = await db
			.select({ documentId: libraryDocumentVersion.documentId, text: libraryDocumentVersion.text })
			.from(libraryDocumentVersion)
			.where(
				and(
					inArray(libraryDocumentVersion.documentId, ids),
					sql`${libraryDocumentVersion.number} = (select max(v.number) from ${libraryDocumentVersion} v where v.document_id = ${libraryDocumentVersion.documentId})`
				)
			);
		const links = await db
			.select()
			.from(libraryDocumentLink)
			.where(inArray(libraryDocumentLink.documentId, ids));
		const of = (id: number, kind: string) =>
			links.filter((l) => l.documentId === id && l.kind === kind).map((l) => l.targetId);
		return rows.flatMap((d) =>
			both(
				{
					kind: 'document',
					entityId: d.id,
					title: d.title,
					body: [d.description, texts.find((t) => t.documentId === d.id)?.text ?? '']
						.filter(Boolean)
						.join('\n'),
					on: d.issuedOn,
					themeIds: of(d.id, 'theme'),
					matterIds: of(d.id, 'matter')
				},
				d.isPublic,
				{ inside: `/arbeidsrom/dokumenter/${d.id}`, outside: `/dokumenter/${d.id}` }
			)
		);
	}
};

export const registrations: Registration[] = [
	actions,
	progress,
	measures,
	hearings,
	statements,
	cases,
	commitments,
	engagements,
	inquiries,
	workshopItems,
	matters,
	news,
	questions,
	indicators,
	documents
];
