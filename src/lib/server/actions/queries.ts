import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { actionFilter, actionRef, programmeRef, type ActionFilter } from '../../schemas/action.ts';

/** A parsed filter of the list: the page's lenient one or the API's strict one. */
type ActionQuery = Omit<ActionFilter, 'q'> & { q?: string };
import {
	allow,
	type ActionParties,
	canChangeParties,
	canEditAction,
	canSeeInternalUpdates,
	canViewAudit
} from '../core/access.ts';
import { listAuditTrail } from '../core/audit.ts';
import { parseInput } from '../core/validate.ts';
import type { Ctx, Tx } from '../core/context.ts';
import type { Db } from '../platform/db/client.ts';
import { NotFoundError } from '../core/errors.ts';
import { commitmentLink } from '../commitments/schema.ts';
import { engagementAction } from '../engagements/schema.ts';
import { readLinked } from '../links/items.ts';
import { questionsOn } from '../questions/view.ts';
import { measuresOf } from '../measures/queries.ts';
import { measure } from '../measures/schema.ts';
import { listOrganisations } from '../partners/queries.ts';
import { organisation } from '../partners/schema.ts';
import { getStrategy } from '../strategy/queries.ts';
import { goal, theme } from '../strategy/schema.ts';
import {
	action,
	actionGoal,
	actionParticipant,
	actionProgramme,
	milestone,
	progressUpdate
} from './schema.ts';

/**
 * A programme by its address (`2021-2024`), current or archived: archived programmes stay
 * readable where they were. Without an address, the current programme.
 */
export async function getProgramme(db: Db | Tx, slug?: string) {
	if (!slug) return getCurrentProgramme(db);
	const [row] = await db.select().from(actionProgramme).where(eq(actionProgramme.slug, slug));
	if (!row) throw new NotFoundError('programme');
	return row;
}

/** Every programme, newest first, for the list of programme periods. */
export async function listProgrammes(ctx: Ctx) {
	return ctx.db
		.select({
			title: actionProgramme.title,
			slug: actionProgramme.slug,
			status: actionProgramme.status,
			periodStart: actionProgramme.periodStart,
			periodEnd: actionProgramme.periodEnd
		})
		.from(actionProgramme)
		.orderBy(desc(actionProgramme.periodStart), desc(actionProgramme.id));
}

/** Takes a transaction too: on the embedded database a query outside an open transaction waits for it. */
export async function getCurrentProgramme(db: Db | Tx) {
	const [row] = await db
		.select()
		.from(actionProgramme)
		.where(eq(actionProgramme.status, 'current'))
		.orderBy(desc(actionProgramme.periodStart))
		.limit(1);
	if (!row) throw new NotFoundError('programme');
	return row;
}

/** The ids of action points of the current programme by code; null if any code is unknown. */
export async function findActionIds(
	db: Db | Tx,
	codes: readonly string[]
): Promise<number[] | null> {
	if (!codes.length) return [];
	const programme = await getCurrentProgramme(db);
	const found = await db
		.select({ id: action.id })
		.from(action)
		.where(and(eq(action.programmeId, programme.id), inArray(action.code, [...codes])));
	return found.length === new Set(codes).size ? found.map((a) => a.id) : null;
}

const searchVector = sql`to_tsvector('norwegian'::regconfig, ${action.title} || ' ' || ${action.description})`;

function filterConditions(programmeId: number, filter: ActionQuery): SQL[] {
	const where: SQL[] = [eq(action.programmeId, programmeId)];
	if (filter.status) where.push(eq(action.status, filter.status));
	if (filter.horizon) where.push(eq(action.horizon, filter.horizon));
	if (filter.tiltak)
		where.push(
			inArray(
				action.id,
				sql`(select ${measure.actionId} from ${measure} where ${measure.phase} = ${filter.tiltak})`
			)
		);
	if (filter.theme) {
		where.push(
			inArray(
				action.themeId,
				sql`(select ${theme.id} from ${theme} where ${theme.slug} = ${filter.theme})`
			)
		);
	}
	if (filter.partner) {
		const org = sql`(select ${organisation.id} from ${organisation} where ${organisation.slug} = ${filter.partner})`;
		where.push(
			or(
				inArray(action.leadOrganisationId, org),
				inArray(
					action.id,
					sql`(select ${actionParticipant.actionId} from ${actionParticipant} where ${actionParticipant.organisationId} in ${org})`
				)
			)!
		);
	}
	const search = searchOf(filter.q);
	if (search) {
		where.push(
			or(
				sql`${searchVector} @@ to_tsquery('norwegian'::regconfig, ${search.prefixes})`,
				and(...search.words.map((word) => ilike(action.title, `%${word}%`))),
				ilike(action.code, search.words.join(''))
			)!
		);
	}
	return where;
}

/**
 * A search as the words it holds. Norwegian builds compounds, so a word matches the beginning of
 * a word (`sykkel` finds «sykkelstrategi», as a prefix query under the `norwegian` configuration)
 * and a part inside a title (`strategi` finds it too).
 */
function searchOf(q: string | undefined) {
	const words = (q?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 10);
	if (!words.length) return null;
	return { words, prefixes: words.map((word) => `${word}:*`).join(' & '), text: words.join(' ') };
}

/** Whole-word matches first, then the beginnings of words, then parts; the closest title first. */
function relevance(q: string | undefined): SQL[] {
	const search = searchOf(q);
	if (!search) return [];
	return [
		sql`case when ${searchVector} @@ plainto_tsquery('norwegian'::regconfig, ${search.text}) then 0
			when ${searchVector} @@ to_tsquery('norwegian'::regconfig, ${search.prefixes}) then 1 else 2 end`,
		sql`word_similarity(${search.text}, ${action.title}) desc`
	];
}

const orderings = {
	code: [asc(action.code)],
	status: [asc(action.status), asc(action.code)],
	due: [sql`${action.dueDate} asc nulls last`, asc(action.code)],
	updated: [desc(action.updatedAt), asc(action.code)]
} as const;

/** The public list of the current programme, filtered and paged as the URL says (lenient). */
export async function listActions(ctx: Ctx, input: unknown) {
	const { periode } = parseInput(programmeRef, input);
	return queryActions(ctx, parseInput(actionFilter, input), periode);
}

/** The list with a filter already parsed (the API parses its own, strictly). */
export async function queryActions(ctx: Ctx, filter: ActionQuery, programmeSlug?: string) {
	const programme = await getProgramme(ctx.db, programmeSlug);
	const where = and(...filterConditions(programme.id, filter));
	const [items, [{ total }]] = await Promise.all([
		ctx.db
			.select({
				id: action.id,
				code: action.code,
				title: action.title,
				status: action.status,
				progress: action.progress,
				horizon: action.horizon,
				dueDate: action.dueDate,
				updatedAt: action.updatedAt,
				isExample: action.isExample,
				themeName: theme.name,
				themeSlug: theme.slug,
				leadName: organisation.shortName,
				leadSlug: organisation.slug
			})
			.from(action)
			.innerJoin(theme, eq(action.themeId, theme.id))
			.innerJoin(organisation, eq(action.leadOrganisationId, organisation.id))
			.where(where)
			// A search in code order (the default) comes in order of relevance.
			.orderBy(...(filter.sort === 'code' ? relevance(filter.q) : []), ...orderings[filter.sort])
			.limit(filter.limit)
			.offset(filter.offset),
		ctx.db.select({ total: count() }).from(action).where(where)
	]);
	return { programme, items, total, filter };
}
export type ActionListItem = Awaited<ReturnType<typeof queryActions>>['items'][number];

/** One action point; its internal updates only for logged-in users. */
export async function getActionByCode(ctx: Ctx, input: unknown) {
	const { code, periode } = parseInput(actionRef.extend(programmeRef.shape), input);
	const programme = await getProgramme(ctx.db, periode);
	const [row] = await ctx.db
		.select({ action, theme, lead: organisation })
		.from(action)
		.innerJoin(theme, eq(action.themeId, theme.id))
		.innerJoin(organisation, eq(action.leadOrganisationId, organisation.id))
		.where(and(eq(action.programmeId, programme.id), eq(action.code, code)));
	if (!row) throw new NotFoundError('action');
	const id = row.action.id;
	const internal = canSeeInternalUpdates(ctx.actor);
	const [participants, goals, milestones, updates] = await Promise.all([
		ctx.db
			.select({
				id: organisation.id,
				name: organisation.name,
				shortName: organisation.shortName,
				slug: organisation.slug
			})
			.from(actionParticipant)
			.innerJoin(organisation, eq(actionParticipant.organisationId, organisation.id))
			.where(eq(actionParticipant.actionId, id))
			.orderBy(asc(organisation.name)),
		ctx.db
			.select({ id: goal.id, number: goal.number, title: goal.title })
			.from(actionGoal)
			.innerJoin(goal, eq(actionGoal.goalId, goal.id))
			.where(eq(actionGoal.actionId, id))
			.orderBy(asc(goal.number)),
		ctx.db
			.select()
			.from(milestone)
			.where(eq(milestone.actionId, id))
			.orderBy(asc(milestone.dueDate), asc(milestone.id)),
		ctx.db
			.select()
			.from(progressUpdate)
			.where(
				and(
					eq(progressUpdate.actionId, id),
					internal ? undefined : eq(progressUpdate.isPublic, true)
				)
			)
			.orderBy(desc(progressUpdate.createdAt), desc(progressUpdate.id))
			.limit(100)
	]);
	return {
		programme,
		...row,
		participants,
		goals,
		milestones,
		updates,
		earlier: await earlierHistory(ctx, row.action.previousId, internal)
	};
}

/**
 * The same action point in the programmes before, as revisions carried it over: each with its
 * programme and its journal, so that a point's history reads on across revisions.
 */
async function earlierHistory(ctx: Ctx, previousId: number | null, internal: boolean) {
	const earlier = [];
	for (let id = previousId, depth = 0; id !== null && depth < 10; depth++) {
		const [row] = await ctx.db
			.select({ action, programme: actionProgramme })
			.from(action)
			.innerJoin(actionProgramme, eq(actionProgramme.id, action.programmeId))
			.where(eq(action.id, id));
		if (!row) break;
		const updates = await ctx.db
			.select()
			.from(progressUpdate)
			.where(
				and(
					eq(progressUpdate.actionId, row.action.id),
					internal ? undefined : eq(progressUpdate.isPublic, true)
				)
			)
			.orderBy(desc(progressUpdate.createdAt), desc(progressUpdate.id))
			.limit(100);
		earlier.push({
			programme: { title: row.programme.title, slug: row.programme.slug },
			code: row.action.code,
			updates
		});
		id = row.action.previousId;
	}
	return earlier;
}
export type ActionDetail = Awaited<ReturnType<typeof getActionByCode>>;

/** Lead and participants of an action point by id, as the access rules take them; null if none. */
export async function readParties(db: Db | Tx, actionId: number): Promise<ActionParties | null> {
	const [row] = await db
		.select({ leadOrganisationId: action.leadOrganisationId })
		.from(action)
		.where(eq(action.id, actionId));
	if (!row) return null;
	const participants = await db
		.select({ id: actionParticipant.organisationId })
		.from(actionParticipant)
		.where(eq(actionParticipant.actionId, actionId));
	return {
		leadOrganisationId: row.leadOrganisationId,
		participantIds: participants.map((p) => p.id)
	};
}

/** Lead and participants of a loaded action point, as the access rules take them. */
export const partiesOf = (detail: ActionDetail) => ({
	leadOrganisationId: detail.action.leadOrganisationId,
	participantIds: detail.participants.map((p) => p.id)
});

/**
 * What the public sees linked to an action point besides its measures: the public commitments
 * of actors that concern it, and the engagements about it whose summary is public.
 */
async function linkedToAction(db: Db, actionId: number) {
	const [commitments, engagements] = await Promise.all([
		db
			.select({ targetId: commitmentLink.commitmentId })
			.from(commitmentLink)
			.where(and(eq(commitmentLink.kind, 'action'), eq(commitmentLink.targetId, actionId))),
		db
			.select({ targetId: engagementAction.engagementId })
			.from(engagementAction)
			.where(eq(engagementAction.actionId, actionId))
	]);
	const read = (kind: 'commitment' | 'engagement', rows: { targetId: number }[]) =>
		readLinked(
			db,
			rows.map((r) => ({ kind, targetId: r.targetId })),
			'public'
		);
	return {
		commitments: await read('commitment', commitments),
		engagements: await read('engagement', engagements),
		questions: await questionsOn(db, 'action', actionId)
	};
}

/** The public programme list, of the current programme or an archived one (`periode`). */
export async function getProgrammePage(ctx: Ctx, input: unknown) {
	const [list, themes, programmes] = await Promise.all([
		listActions(ctx, input),
		listThemes(ctx),
		listProgrammes(ctx)
	]);
	return { ...list, themes, programmes };
}

/** The public page of one action point, with whether the actor may open its edit page. */
export async function getActionPage(ctx: Ctx, input: unknown) {
	const detail = await getActionByCode(ctx, input);
	const current = detail.programme.status === 'current';
	return {
		...detail,
		measures: await measuresOf(ctx.db, detail.action.id),
		related: await linkedToAction(ctx.db, detail.action.id),
		canEdit: current && canEditAction(ctx.actor, partiesOf(detail))
	};
}

/**
 * The edit page of one action point: only for those who may edit it. A participant sees who leads
 * and takes part, but only the lead organisation and staff may change it.
 */
export async function getActionForEdit(ctx: Ctx, input: unknown) {
	const detail = await getActionByCode(ctx, input);
	allow(ctx, (actor) => canEditAction(actor, partiesOf(detail)));
	const [themes, organisations, strategy] = await Promise.all([
		listThemes(ctx),
		listOrganisations(ctx),
		getStrategy(ctx)
	]);
	return {
		...detail,
		themes,
		organisations,
		goalOptions: strategy.goals,
		measures: await measuresOf(ctx.db, detail.action.id),
		canChangeParties: canChangeParties(ctx.actor, partiesOf(detail)),
		canViewAudit: canViewAudit(ctx.actor)
	};
}

/** The change log of one action point, for those who may read the audit trail. */
export async function getActionAudit(ctx: Ctx, input: unknown) {
	allow(ctx, canViewAudit);
	const detail = await getActionByCode(ctx, input);
	return {
		action: { code: detail.action.code, title: detail.action.title },
		events: await listAuditTrail(ctx, 'action', detail.action.code)
	};
}

/** The programme at a glance: counts per status and theme, and the latest updated points. */
export async function summariseProgramme(ctx: Ctx) {
	const programme = await getCurrentProgramme(ctx.db);
	const inProgramme = eq(action.programmeId, programme.id);
	const [byStatus, byTheme, recent] = await Promise.all([
		ctx.db
			.select({ status: action.status, n: count() })
			.from(action)
			.where(inProgramme)
			.groupBy(action.status),
		ctx.db
			.select({ slug: theme.slug, name: theme.name, n: count() })
			.from(action)
			.innerJoin(theme, eq(action.themeId, theme.id))
			.where(inProgramme)
			.groupBy(theme.slug, theme.name, theme.sortOrder)
			.orderBy(asc(theme.sortOrder)),
		ctx.db
			.select({
				code: action.code,
				title: action.title,
				status: action.status,
				lastProgressAt: action.lastProgressAt,
				isExample: action.isExample
			})
			.from(action)
			.where(and(inProgramme, sql`${action.lastProgressAt} is not null`))
			.orderBy(desc(action.lastProgressAt))
			.limit(5)
	]);
	const total = byStatus.reduce((sum, r) => sum + r.n, 0);
	return { programme, total, byStatus, byTheme, recent };
}

export async function listThemes(ctx: Ctx) {
	return ctx.db.select().from(theme).orderBy(asc(theme.sortOrder), asc(theme.name));
}
