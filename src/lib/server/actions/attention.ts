import { and, asc, eq, inArray, isNull, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { allow, canUseWorkspace, isStaff } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { organisation } from '../partners/schema.ts';
import { getCurrentProgramme } from './queries.ts';
import { action, actionParticipant, milestone } from './schema.ts';

export const STALE_AFTER_DAYS = 90;
/** How many of each list are shown, most urgent first; the heading says how many there are. */
export const ATTENTION_SHOWN = 20;

/** Limits to what the actor's organisation leads or takes part in, unless the actor is staff. */
function scopeFor(ctx: Ctx): SQL | undefined {
	const actor = ctx.actor;
	if (!actor || isStaff(actor) || actor.organisationId === null || actor.role !== 'partner')
		return undefined;
	const orgId = actor.organisationId;
	return or(
		eq(action.leadOrganisationId, orgId),
		inArray(
			action.id,
			ctx.db
				.select({ id: actionParticipant.actionId })
				.from(actionParticipant)
				.where(eq(actionParticipant.organisationId, orgId))
		)
	);
}

/**
 * What needs attention: overdue milestones, points without progress for 90 days, delayed points.
 * Each list holds the most urgent `ATTENTION_SHOWN`, with the number there are in all.
 */
export async function listNeedsAttention(ctx: Ctx, today: Date = new Date()) {
	allow(ctx, canUseWorkspace);
	const programme = await getCurrentProgramme(ctx.db);
	const scope = and(eq(action.programmeId, programme.id), scopeFor(ctx));
	const todayIso = today.toISOString().slice(0, 10);
	const staleBefore = new Date(today.getTime() - STALE_AFTER_DAYS * 86_400_000);
	const open = notInArray(action.status, ['done', 'stopped']);
	const base = {
		code: action.code,
		title: action.title,
		status: action.status,
		leadName: organisation.shortName,
		isExample: action.isExample,
		// The number of rows before the limit, counted by the same query.
		total: sql<number>`(count(*) over ())::int`
	};
	const [overdueMilestones, stale, delayed] = await Promise.all([
		ctx.db
			.select({ ...base, milestone: milestone.title, dueDate: milestone.dueDate })
			.from(milestone)
			.innerJoin(action, eq(milestone.actionId, action.id))
			.innerJoin(organisation, eq(action.leadOrganisationId, organisation.id))
			.where(and(scope, isNull(milestone.doneOn), lt(milestone.dueDate, todayIso)))
			.orderBy(asc(milestone.dueDate), asc(action.code))
			.limit(ATTENTION_SHOWN),
		ctx.db
			.select({ ...base, lastProgressAt: action.lastProgressAt })
			.from(action)
			.innerJoin(organisation, eq(action.leadOrganisationId, organisation.id))
			.where(
				and(scope, open, or(isNull(action.lastProgressAt), lt(action.lastProgressAt, staleBefore)))
			)
			.orderBy(sql`${action.lastProgressAt} asc nulls first`, asc(action.code))
			.limit(ATTENTION_SHOWN),
		ctx.db
			.select({ ...base, dueDate: action.dueDate })
			.from(action)
			.innerJoin(organisation, eq(action.leadOrganisationId, organisation.id))
			.where(and(scope, eq(action.status, 'delayed')))
			.orderBy(asc(action.code))
			.limit(ATTENTION_SHOWN)
	]);
	const listed = <T extends { total: number }>(rows: T[]) => ({
		rows: rows.map(({ total: _, ...row }) => row),
		total: rows[0]?.total ?? 0
	});
	return {
		overdueMilestones: listed(overdueMilestones),
		stale: listed(stale),
		delayed: listed(delayed),
		shown: ATTENTION_SHOWN,
		scoped: scopeFor(ctx) !== undefined
	};
}
