import { and, asc, eq } from 'drizzle-orm';
import { demandsInput, outcomeInput } from '../../schemas/impact.ts';
import { allow, canManageStatements } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { osloDate } from '../shared/dates.ts';
import { statement } from '../statements/schema.ts';
import { statementDemand, statementImpact } from './schema.ts';

/**
 * The statement's impact row, locked, made on first use; refused unless the statement is sent
 * (demands are what a sent statement asked for) and the form started from the row's version.
 */
async function lockImpact(tx: Tx, statementId: number, version: number, field: string) {
	const [s] = await tx
		.select({ id: statement.id, status: statement.status, sentOn: statement.sentOn })
		.from(statement)
		.where(eq(statement.id, statementId))
		.for('update');
	if (!s) throw new NotFoundError('statement');
	if (s.status !== 'sent') throw new ValidationError({ [field]: 'impact_error_not_sent' });
	const [existing] = await tx
		.select({ id: statementImpact.id })
		.from(statementImpact)
		.where(eq(statementImpact.statementId, statementId));
	if (!existing) {
		if (version !== 0) throw new ConflictError('impact');
		await tx.insert(statementImpact).values({ statementId, version: 0 });
	}
	const impact = await lockRow(
		tx,
		statementImpact,
		eq(statementImpact.statementId, statementId),
		'impact',
		version
	);
	return { statement: s, impact };
}

const demandsOf = (tx: Tx, statementId: number) =>
	tx
		.select()
		.from(statementDemand)
		.where(eq(statementDemand.statementId, statementId))
		.orderBy(asc(statementDemand.position));

/**
 * Sets the demands of a sent statement, in order. Once an outcome is recorded the list is fixed:
 * a demand's outcome must keep meaning what it was recorded against.
 */
export async function setDemands(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageStatements);
	const input = parseInput(demandsInput, raw);
	return ctx.db.transaction(async (tx) => {
		const { impact } = await lockImpact(tx, input.id, input.version, 'demands');
		const before = await demandsOf(tx, input.id);
		if (impact.decision !== null || before.some((d) => d.outcome !== 'open'))
			throw new ValidationError({ demands: 'impact_error_demands_locked' });
		await tx.delete(statementDemand).where(eq(statementDemand.statementId, input.id));
		await tx
			.insert(statementDemand)
			.values(input.demands.map((text, i) => ({ statementId: input.id, position: i + 1, text })));
		await saveRow(tx, statementImpact, impact.id, { updatedBy: ctx.actor?.id ?? null });
		await recordAudit(tx, ctx.actor, {
			entity: 'statement',
			entityId: input.id,
			kind: 'set_demands',
			before: before.map((d) => d.text),
			after: input.demands
		});
	});
}

/** Records the authority's decision and, for each demand, what became of it with its evidence. */
export async function recordOutcome(ctx: Ctx, raw: unknown, today = osloDate()) {
	allow(ctx, canManageStatements);
	const input = parseInput(outcomeInput, raw);
	if (input.decidedOn > today) throw new ValidationError({ decidedOn: 'impact_error_future' });
	return ctx.db.transaction(async (tx) => {
		const { statement: s, impact } = await lockImpact(tx, input.id, input.version, 'decision');
		if (s.sentOn && input.decidedOn < s.sentOn)
			throw new ValidationError({ decidedOn: 'impact_error_before_sent' });
		const demands = await demandsOf(tx, input.id);
		if (!demands.length) throw new ValidationError({ decision: 'impact_error_no_demands' });
		const own = new Set(demands.map((d) => d.id));
		if (
			input.demandId.some((id) => !own.has(id)) ||
			new Set(input.demandId).size !== input.demandId.length
		)
			throw new ValidationError({ outcome: 'impact_error_other_demand' });
		for (const [i, demandId] of input.demandId.entries())
			await tx
				.update(statementDemand)
				.set({ outcome: input.outcome[i], evidence: input.evidence[i] })
				.where(and(eq(statementDemand.id, demandId), eq(statementDemand.statementId, input.id)));
		const after = await saveRow(tx, statementImpact, impact.id, {
			decision: input.decision,
			decidedOn: input.decidedOn,
			decisionUrl: input.decisionUrl,
			updatedBy: ctx.actor?.id ?? null
		});
		await recordAudit(tx, ctx.actor, {
			entity: 'statement',
			entityId: input.id,
			kind: 'record_outcome',
			before: {
				impact,
				demands: demands.map(({ id, outcome, evidence }) => ({ id, outcome, evidence }))
			},
			after: {
				impact: after,
				demands: input.demandId.map((id, i) => ({
					id,
					outcome: input.outcome[i],
					evidence: input.evidence[i]
				}))
			}
		});
		return after;
	});
}
