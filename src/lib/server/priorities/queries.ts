import { asc, desc, eq, inArray } from 'drizzle-orm';
import { idRef } from '../../schemas/common.ts';
import { allow, canManagePriorities, canScorePriorities, canUseWorkspace } from '../core/access.ts';
import { parseInput } from '../core/validate.ts';
import { ownOrganisationName } from '../partners/queries.ts';
import { action } from '../actions/schema.ts';
import type { Ctx } from '../core/context.ts';
import { osloDate } from '../shared/dates.ts';
import type { Db } from '../platform/db/client.ts';
import { NotFoundError } from '../core/errors.ts';
import { organisation } from '../partners/schema.ts';
import { roundState } from './commands.ts';
import { rankActions } from './ranking.ts';
import {
	priorityComment,
	priorityCriterion,
	priorityRound,
	priorityRoundAction,
	priorityScore
} from './schema.ts';

/** The workspace's rounds page. */
export async function getRoundsPage(ctx: Ctx, today = osloDate()) {
	return { rounds: await listRounds(ctx, today), canManage: canManagePriorities(ctx.actor) };
}

async function listRounds(ctx: Ctx, today: string) {
	allow(ctx, canUseWorkspace);
	const rounds = await ctx.db
		.select()
		.from(priorityRound)
		.orderBy(desc(priorityRound.closesOn), desc(priorityRound.id));
	return rounds.map((round) => ({ ...round, state: roundState(round, today) }));
}

export async function listPublishedRounds(ctx: Ctx, today = osloDate()) {
	const rounds = await ctx.db
		.select()
		.from(priorityRound)
		.where(eq(priorityRound.published, true))
		.orderBy(desc(priorityRound.closesOn), desc(priorityRound.id));
	return rounds.filter((round) => roundState(round, today) === 'closed');
}

/** A round with its criteria, action points, every organisation's scores and the ranking. */
async function loadRound(db: Db, id: number, today: string) {
	const [round] = await db.select().from(priorityRound).where(eq(priorityRound.id, id));
	if (!round) throw new NotFoundError('round');
	const [criteria, actions, scores, comments] = [
		await db
			.select()
			.from(priorityCriterion)
			.where(eq(priorityCriterion.roundId, id))
			.orderBy(asc(priorityCriterion.sortOrder)),
		await db
			.select({ id: action.id, code: action.code, title: action.title, horizon: action.horizon })
			.from(priorityRoundAction)
			.innerJoin(action, eq(action.id, priorityRoundAction.actionId))
			.where(eq(priorityRoundAction.roundId, id))
			.orderBy(asc(action.code)),
		await db.select().from(priorityScore).where(eq(priorityScore.roundId, id)),
		await db.select().from(priorityComment).where(eq(priorityComment.roundId, id))
	];
	const organisationIds = [...new Set(scores.map((s) => s.organisationId))];
	const organisations = organisationIds.length
		? await db
				.select({ id: organisation.id, shortName: organisation.shortName })
				.from(organisation)
				.where(inArray(organisation.id, organisationIds))
				.orderBy(asc(organisation.shortName))
		: [];
	const byId = new Map(actions.map((a) => [a.id, a]));
	const ranking = rankActions(
		actions.map((a) => a.id),
		criteria,
		scores
	).map((row) => ({
		...row,
		action: byId.get(row.actionId)!,
		byOrganisation: Object.fromEntries(row.byOrganisation),
		comments: comments
			.filter((c) => c.actionId === row.actionId)
			.map((c) => ({ organisationId: c.organisationId, text: c.text }))
	}));
	return {
		round,
		state: roundState(round, today),
		criteria,
		actions,
		scores,
		organisations,
		ranking
	};
}

/**
 * A round's workspace page. Partners see the others' scores, comments and the ranking only once
 * the round is closed; until then the page carries their own scores alone.
 */
export async function getRoundPage(ctx: Ctx, input: unknown, today = osloDate()) {
	allow(ctx, canUseWorkspace);
	const { id } = parseInput(idRef, input);
	const loaded = await loadRound(ctx.db, id, today);
	const organisationId = ctx.actor!.organisationId;
	const mine = {
		scores: Object.fromEntries(
			loaded.scores
				.filter((s) => s.organisationId === organisationId)
				.map((s) => [`score-${s.actionId}-${s.criterionId}`, String(s.score)])
		),
		comments: Object.fromEntries(
			loaded.ranking.flatMap((r) =>
				r.comments
					.filter((c) => c.organisationId === organisationId)
					.map((c) => [`comment-${r.actionId}`, c.text])
			)
		)
	};
	const staff = canManagePriorities(ctx.actor);
	const showResult = staff || loaded.state === 'closed';
	const visible = showResult
		? loaded
		: {
				...loaded,
				scores: loaded.scores.filter((s) => s.organisationId === organisationId),
				organisations: [],
				ranking: []
			};
	return {
		...visible,
		mine,
		staff,
		showResult,
		canScore: canScorePriorities(ctx.actor) && loaded.state === 'open',
		organisationName: await ownOrganisationName(ctx)
	};
}

/** The form for a new round, for the secretariat. */
export function newRoundForm(ctx: Ctx) {
	allow(ctx, canManagePriorities);
	return {};
}

/** A closed, published round as the public sees it. */
export async function getPublishedRound(ctx: Ctx, input: unknown, today = osloDate()) {
	const { id } = parseInput(idRef, input);
	const loaded = await loadRound(ctx.db, id, today);
	if (!loaded.round.published || loaded.state !== 'closed') throw new NotFoundError('round');
	return loaded;
}
