import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { ActionFilter } from '../../schemas/action.ts';
import { canSeeInternalUpdates } from '../access.ts';
import type { Ctx, Tx } from '../context.ts';
import type { Db } from '../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { organisation } from '../partners/schema.ts';
import { goal, theme } from '../strategy/schema.ts';
import {
	action,
	actionGoal,
	actionParticipant,
	actionProgramme,
	milestone,
	progressUpdate
} from './schema.ts';

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

function filterConditions(programmeId: number, filter: ActionFilter): SQL[] {
	const where: SQL[] = [eq(action.programmeId, programmeId)];
	if (filter.status) where.push(eq(action.status, filter.status));
	if (filter.horizon) where.push(eq(action.horizon, filter.horizon));
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
	if (filter.q) {
		where.push(
			or(
				sql`${searchVector} @@ websearch_to_tsquery('norwegian'::regconfig, ${filter.q})`,
				ilike(action.code, filter.q.replace(/[%_\\]/g, ''))
			)!
		);
	}
	return where;
}

const orderings = {
	code: [asc(action.code)],
	status: [asc(action.status), asc(action.code)],
	due: [sql`${action.dueDate} asc nulls last`, asc(action.code)],
	updated: [desc(action.updatedAt), asc(action.code)]
} as const;

export async function listActions(ctx: Ctx, filter: ActionFilter) {
	const programme = await getCurrentProgramme(ctx.db);
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
			.orderBy(...orderings[filter.sort])
			.limit(filter.limit)
			.offset(filter.offset),
		ctx.db.select({ total: count() }).from(action).where(where)
	]);
	return { programme, items, total };
}
export type ActionListItem = Awaited<ReturnType<typeof listActions>>['items'][number];

export async function getActionByCode(ctx: Ctx, code: string) {
	const programme = await getCurrentProgramme(ctx.db);
	const [row] = await ctx.db
		.select({ action, theme, lead: organisation })
		.from(action)
		.innerJoin(theme, eq(action.themeId, theme.id))
		.innerJoin(organisation, eq(action.leadOrganisationId, organisation.id))
		.where(and(eq(action.programmeId, programme.id), eq(action.code, code.toUpperCase())));
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
	return { programme, ...row, participants, goals, milestones, updates };
}
export type ActionDetail = Awaited<ReturnType<typeof getActionByCode>>;

/** Lead and participants of a loaded action point, as the access rules take them. */
export const partiesOf = (detail: ActionDetail) => ({
	leadOrganisationId: detail.action.leadOrganisationId,
	participantIds: detail.participants.map((p) => p.id)
});

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
