// How commitments are read, for the workspace and the public alike. Every reader says which view
// it reads: `public` keeps to commitments marked public and to public statements, so that the
// public pages, the API and the export share one filter and none can forget it.
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { commitmentFilter } from '../../schemas/commitment.ts';
import { parseInput } from '../core/validate.ts';
import type { z } from 'zod';
import { action } from '../actions/schema.ts';
import type { Db } from '../platform/db/client.ts';
import type { Tx } from '../core/context.ts';
import { organisation } from '../partners/schema.ts';
import { PUBLIC_STATEMENT } from '../statements/queries.ts';
import { statement } from '../statements/schema.ts';
import { theme } from '../strategy/schema.ts';
import { readLinked, type View } from '../links/items.ts';
import { matter, matterLink } from '../matters/schema.ts';
import { commitmentReferenceKinds, type LinkKind } from '../../schemas/values.ts';
import { commitment, commitmentDocument, commitmentEntry, commitmentLink } from './schema.ts';
import { themeChoices } from '../strategy/queries.ts';

export type { View };
export type CommitmentFilter = z.infer<typeof commitmentFilter>;

const visible = (view: View): SQL | undefined =>
	view === 'public' ? eq(commitment.isPublic, true) : undefined;

function whereOf(view: View, filter: Omit<CommitmentFilter, 'offset'>) {
	return and(
		visible(view),
		filter.aktor ? eq(commitment.actorId, filter.aktor) : undefined,
		filter.status ? eq(commitment.status, filter.status) : undefined,
		filter.tema
			? inArray(
					commitment.id,
					sql`(select ${commitmentLink.commitmentId} from ${commitmentLink} where ${commitmentLink.kind} = 'theme' and ${commitmentLink.targetId} = ${filter.tema})`
				)
			: undefined,
		filter.sak
			? inArray(
					commitment.id,
					sql`(select ${matterLink.targetId} from ${matterLink} where ${matterLink.kind} = 'commitment' and ${matterLink.matterId} = ${filter.sak})`
				)
			: undefined
	);
}

/** Pending and past its (possibly moved) date: late, whatever the status says. */
export const isLate = (c: { status: string; currentDueOn: string }, today: string) =>
	c.status === 'delayed' || (c.status === 'open' && c.currentDueOn < today);

const listColumns = {
	id: commitment.id,
	promise: commitment.promise,
	status: commitment.status,
	dueOn: commitment.dueOn,
	currentDueOn: commitment.currentDueOn,
	sourceKind: commitment.sourceKind,
	sourceOn: commitment.sourceOn,
	isPublic: commitment.isPublic,
	isExample: commitment.isExample,
	actorId: commitment.actorId,
	actorName: organisation.name,
	actorSlug: organisation.slug
};

/** A page of commitments that match the filter, the nearest promised date first. */
export async function queryCommitments(
	db: Db,
	view: View,
	filter: Omit<CommitmentFilter, 'offset'>,
	page: { limit: number; offset: number }
) {
	const where = whereOf(view, filter);
	const rows = await db
		.select({ ...listColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
		.from(commitment)
		.innerJoin(organisation, eq(organisation.id, commitment.actorId))
		.where(where)
		.orderBy(asc(commitment.currentDueOn), asc(commitment.id))
		.limit(page.limit)
		.offset(page.offset);
	const total =
		rows[0]?.total ??
		(page.offset ? (await db.select({ n: count() }).from(commitment).where(where))[0].n : 0);
	return { rows: rows.map(({ total: _t, ...row }) => row), total };
}

/**
 * Each actor's record over the commitments that match the filter: how many there are and how
 * many were delivered, are late, still open, broken or withdrawn.
 */
export async function actorRecords(
	db: Db,
	view: View,
	filter: Omit<CommitmentFilter, 'offset'>,
	today: string
) {
	const late = sql`${commitment.status} = 'delayed' or (${commitment.status} = 'open' and ${commitment.currentDueOn} < ${today})`;
	const n = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
	return db
		.select({
			actorId: organisation.id,
			actorName: organisation.name,
			total: count(),
			delivered: n(sql`${commitment.status} = 'delivered'`),
			late: n(late),
			open: n(sql`${commitment.status} = 'open' and ${commitment.currentDueOn} >= ${today}`),
			broken: n(sql`${commitment.status} = 'broken'`),
			withdrawn: n(sql`${commitment.status} = 'withdrawn'`)
		})
		.from(commitment)
		.innerJoin(organisation, eq(organisation.id, commitment.actorId))
		.where(whereOf(view, filter))
		.groupBy(organisation.id, organisation.name)
		.orderBy(asc(organisation.name));
}

/** One commitment with its links, its history (newest first) and its documents; null if unseen. */
export async function readCommitment(db: Db | Tx, view: View, id: number) {
	const [row] = await db
		.select({ commitment, actorName: organisation.name, actorSlug: organisation.slug })
		.from(commitment)
		.innerJoin(organisation, eq(organisation.id, commitment.actorId))
		.where(and(eq(commitment.id, id), visible(view)));
	if (!row) return null;
	const linkOf = (kind: 'action' | 'statement' | 'theme') =>
		and(eq(commitmentLink.commitmentId, id), eq(commitmentLink.kind, kind));
	const [actions, statements, themes, entries, documents] = [
		await db
			.select({ id: action.id, code: action.code, title: action.title })
			.from(commitmentLink)
			.innerJoin(action, eq(action.id, commitmentLink.targetId))
			.where(linkOf('action'))
			.orderBy(asc(action.code)),
		await db
			.select({ id: statement.id, title: statement.title, status: statement.status })
			.from(commitmentLink)
			.innerJoin(statement, eq(statement.id, commitmentLink.targetId))
			.where(
				and(
					linkOf('statement'),
					view === 'public' ? inArray(statement.status, PUBLIC_STATEMENT) : undefined
				)
			)
			.orderBy(asc(statement.title)),
		await db
			.select({ id: theme.id, name: theme.name })
			.from(commitmentLink)
			.innerJoin(theme, eq(theme.id, commitmentLink.targetId))
			.where(linkOf('theme'))
			.orderBy(asc(theme.name)),
		await db
			.select({
				id: commitmentEntry.id,
				on: commitmentEntry.on,
				status: commitmentEntry.status,
				newDueOn: commitmentEntry.newDueOn,
				evidence: commitmentEntry.evidence,
				evidenceUrl: commitmentEntry.evidenceUrl,
				recordedByName: commitmentEntry.recordedByName,
				recordedAt: commitmentEntry.recordedAt
			})
			.from(commitmentEntry)
			.where(eq(commitmentEntry.commitmentId, id))
			.orderBy(desc(commitmentEntry.id)),
		await db
			.select({
				id: commitmentDocument.id,
				entryId: commitmentDocument.entryId,
				fileName: commitmentDocument.fileName,
				size: commitmentDocument.size
			})
			.from(commitmentDocument)
			.where(eq(commitmentDocument.commitmentId, id))
			.orderBy(asc(commitmentDocument.id))
	];
	// Cases, engagements and inquiries it is linked to, and the matters it belongs to.
	const references = await db
		.select({ kind: commitmentLink.kind, targetId: commitmentLink.targetId })
		.from(commitmentLink)
		.where(
			and(
				eq(commitmentLink.commitmentId, id),
				inArray(commitmentLink.kind, commitmentReferenceKinds)
			)
		);
	const matters = await db
		.select({ targetId: matterLink.matterId })
		.from(matterLink)
		.where(and(eq(matterLink.kind, 'commitment'), eq(matterLink.targetId, id)));
	const related = await readLinked(
		db,
		[
			...(references as { kind: LinkKind; targetId: number }[]),
			...matters.map((m) => ({ kind: 'matter' as const, targetId: m.targetId }))
		],
		view
	);
	return { ...row, actions, statements, themes, entries, documents, related };
}

/** A document of a commitment that the view may see; null otherwise. */
export async function readCommitmentDocument(
	db: Db,
	view: View,
	ref: { id: number; documentId: number }
) {
	const [row] = await db
		.select({
			content: commitmentDocument.content,
			fileName: commitmentDocument.fileName,
			contentType: commitmentDocument.contentType
		})
		.from(commitmentDocument)
		.innerJoin(commitment, eq(commitment.id, commitmentDocument.commitmentId))
		.where(
			and(
				eq(commitmentDocument.id, ref.documentId),
				eq(commitmentDocument.commitmentId, ref.id),
				visible(view)
			)
		);
	return row ?? null;
}

/** The actors, themes and matters that the view's commitments have, for the filters of a list. */
export async function filterChoices(db: Db, view: View) {
	const actors = await db
		.selectDistinct({ value: organisation.id, label: organisation.name })
		.from(commitment)
		.innerJoin(organisation, eq(organisation.id, commitment.actorId))
		.where(visible(view))
		.orderBy(asc(organisation.name));
	const themes = await themeChoices(db);
	const matters = await db
		.selectDistinct({ value: matter.id, label: matter.title })
		.from(matterLink)
		.innerJoin(matter, eq(matter.id, matterLink.matterId))
		.innerJoin(commitment, eq(commitment.id, matterLink.targetId))
		.where(
			and(
				eq(matterLink.kind, 'commitment'),
				visible(view),
				view === 'public' ? eq(matter.isPublic, true) : undefined
			)
		)
		.orderBy(asc(matter.title));
	return { actors, themes, matters };
}

const PAGE = 25;

/** A list page of the view: the filtered commitments, each actor's record and the filter choices. */
export async function commitmentListPage(db: Db, view: View, input: unknown, today: string) {
	const { offset, ...filter } = parseInput(commitmentFilter, input);
	const list = await queryCommitments(db, view, filter, { limit: PAGE, offset });
	return {
		list: { ...list, rows: list.rows.map((row) => ({ ...row, late: isLate(row, today) })) },
		records: await actorRecords(db, view, filter, today),
		choices: await filterChoices(db, view),
		filter,
		limit: PAGE,
		offset
	};
}
