import { and, eq, inArray } from 'drizzle-orm';
import { idRef } from '../../schemas/common.ts';
import { horizonChoice, publishInput, roundInput } from '../../schemas/priority.ts';
import type { Horizon } from '../../schemas/values.ts';
import { allow, canManagePriorities, canScorePriorities } from '../core/access.ts';
import { getCurrentProgramme } from '../actions/queries.ts';
import { action } from '../actions/schema.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { osloDate } from '../shared/dates.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import {
	priorityComment,
	priorityCriterion,
	priorityRound,
	priorityRoundAction,
	priorityScore,
	type PriorityRound
} from './schema.ts';

/** A round takes scores from its opening date to its closing date, unless closed earlier. */
export function roundState(round: PriorityRound, today: string): 'upcoming' | 'open' | 'closed' {
	if (round.closedAt || today > round.closesOn) return 'closed';
	return today < round.opensOn ? 'upcoming' : 'open';
}

async function loadRound(tx: Tx, id: number) {
	const [round] = await tx
		.select()
		.from(priorityRound)
		.where(eq(priorityRound.id, id))
		.for('update');
	if (!round) throw new NotFoundError('round');
	return round;
}

export async function createRound(ctx: Ctx, raw: unknown, today = osloDate()) {
	allow(ctx, canManagePriorities);
	const input = parseInput(roundInput, raw);
	if (input.closesOn < today)
		throw new ValidationError({ closesOn: 'hearing_error_deadline_past' });
	return ctx.db.transaction(async (tx) => {
		const programme = await getCurrentProgramme(tx);
		const codes = [...new Set(input.actionCodes)];
		const found = await tx
			.select({ id: action.id })
			.from(action)
			.where(and(eq(action.programmeId, programme.id), inArray(action.code, codes)));
		if (found.length !== codes.length)
			throw new ValidationError({ actionCodes: 'hearing_error_action_codes' });
		const [round] = await tx
			.insert(priorityRound)
			.values({
				title: input.title,
				description: input.description,
				opensOn: input.opensOn,
				closesOn: input.closesOn,
				createdBy: ctx.actor!.id
			})
			.returning();
		await tx
			.insert(priorityCriterion)
			.values(input.criteria.map((c) => ({ ...c, roundId: round.id })));
		await tx
			.insert(priorityRoundAction)
			.values(found.map((a) => ({ roundId: round.id, actionId: a.id })));
		await recordAudit(tx, ctx.actor, {
			entity: 'priority_round',
			entityId: round.id,
			kind: 'create',
			after: { ...round, criteria: input.criteria, actionCodes: codes }
		});
		return round;
	});
}

/**
 * Saves the scores of the actor's organisation: form fields `score-<action>-<criterion>` (1–5)
 * and `comment-<action>`. Only while the round is open; a later save replaces the earlier one.
 */
export async function submitScores(ctx: Ctx, input: unknown, today = osloDate()) {
	allow(ctx, canScorePriorities);
	const { id: roundId } = parseInput(idRef, input);
	const raw = input as Record<string, unknown>;
	const organisationId = ctx.actor!.organisationId!;
	return ctx.db.transaction(async (tx) => {
		const round = await loadRound(tx, roundId);
		if (roundState(round, today) !== 'open')
			throw new ValidationError({ _form: 'round_error_not_open' });
		const [criteria, actions] = [
			await tx
				.select({ id: priorityCriterion.id })
				.from(priorityCriterion)
				.where(eq(priorityCriterion.roundId, roundId)),
			await tx
				.select({ id: priorityRoundAction.actionId })
				.from(priorityRoundAction)
				.where(eq(priorityRoundAction.roundId, roundId))
		];
		const errors: Record<string, string> = {};
		const scores: { actionId: number; criterionId: number; score: number }[] = [];
		const comments: { actionId: number; text: string }[] = [];
		for (const { id: actionId } of actions) {
			for (const { id: criterionId } of criteria) {
				const field = `score-${actionId}-${criterionId}`;
				const value = String(raw[field] ?? '').trim();
				if (!value) continue;
				const score = Number(value);
				if (!Number.isInteger(score) || score < 1 || score > 5) errors[field] = 'round_error_score';
				else scores.push({ actionId, criterionId, score });
			}
			const comment = String(raw[`comment-${actionId}`] ?? '').trim();
			if (comment.length > 2_000) errors[`comment-${actionId}`] = 'error_too_long';
			else comments.push({ actionId, text: comment });
		}
		if (Object.keys(errors).length) throw new ValidationError(errors);
		const mine = and(
			eq(priorityScore.roundId, roundId),
			eq(priorityScore.organisationId, organisationId)
		);
		await tx.delete(priorityScore).where(mine);
		await tx
			.delete(priorityComment)
			.where(
				and(
					eq(priorityComment.roundId, roundId),
					eq(priorityComment.organisationId, organisationId)
				)
			);
		if (scores.length)
			await tx
				.insert(priorityScore)
				.values(scores.map((s) => ({ ...s, roundId, organisationId, scoredBy: ctx.actor!.id })));
		const written = comments.filter((c) => c.text);
		if (written.length)
			await tx
				.insert(priorityComment)
				.values(written.map((c) => ({ ...c, roundId, organisationId })));
		await recordAudit(tx, ctx.actor, {
			entity: 'priority_round',
			entityId: roundId,
			kind: 'score',
			after: { organisationId, scores, comments: written }
		});
		return { scored: scores.length };
	});
}

export async function closeRound(ctx: Ctx, input: unknown) {
	allow(ctx, canManagePriorities);
	const { id } = parseInput(idRef, input);
	return ctx.db.transaction(async (tx) => {
		const before = await loadRound(tx, id);
		if (before.closedAt) return before;
		const [after] = await tx
			.update(priorityRound)
			.set({ closedAt: new Date() })
			.where(eq(priorityRound.id, id))
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'priority_round',
			entityId: id,
			kind: 'close',
			before,
			after
		});
		return after;
	});
}

/** Publishing shows a closed round's result on the public site. */
export async function publishRound(ctx: Ctx, input: unknown, today = osloDate()) {
	allow(ctx, canManagePriorities);
	const { id, published } = parseInput(publishInput, input);
	return ctx.db.transaction(async (tx) => {
		const before = await loadRound(tx, id);
		if (roundState(before, today) !== 'closed')
			throw new ValidationError({ _form: 'round_error_not_closed' });
		const [after] = await tx
			.update(priorityRound)
			.set({ published })
			.where(eq(priorityRound.id, id))
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'priority_round',
			entityId: id,
			kind: published ? 'publish' : 'unpublish',
			before,
			after
		});
		return after;
	});
}

/** Sets an action point's horizon from a round's result; audited on the action point. */
export async function setHorizonFromRound(ctx: Ctx, input: unknown) {
	allow(ctx, canManagePriorities);
	const { id: roundId, actionId, horizon } = parseInput(horizonChoice, input);
	return ctx.db.transaction(async (tx) => {
		const [inRound] = await tx
			.select()
			.from(priorityRoundAction)
			.where(
				and(eq(priorityRoundAction.roundId, roundId), eq(priorityRoundAction.actionId, actionId))
			);
		if (!inRound) throw new NotFoundError('action');
		const before = await lockRow(tx, action, eq(action.id, actionId), 'action');
		const after = await saveRow(tx, action, actionId, { horizon: horizon as Horizon });
		await recordAudit(tx, ctx.actor, {
			entity: 'action',
			entityId: before.code,
			kind: 'set_horizon',
			before: { horizon: before.horizon },
			after: { horizon: after.horizon, priorityRoundId: roundId }
		});
		return after;
	});
}
