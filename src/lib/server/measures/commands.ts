import { and, eq } from 'drizzle-orm';
import { actionRef } from '../../schemas/action.ts';
import { versionedRef } from '../../schemas/common.ts';
import { measureInput, type MeasureInput } from '../../schemas/measure.ts';
import { getCurrentProgramme, readParties } from '../actions/queries.ts';
import { action } from '../actions/schema.ts';
import { allow, canEditAction, canEditMeasure } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import type { Db } from '../platform/db/client.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { allExist } from '../links/references.ts';
import { organisation } from '../partners/schema.ts';
import { measure, measureFunding } from './schema.ts';

/**
 * What is listed under an action point is added by those who may edit the point (its lead and
 * participants, staff). A measure is then kept up to date by them and by its owner organisation;
 * every owner named, before and after a save, must pass, so an owner that is not a party cannot
 * hand its measure to another organisation.
 */
export async function allowMeasureEdit(
	ctx: Ctx,
	tx: Tx | Db,
	actionId: number,
	...ownerIds: number[]
) {
	const parties = await readParties(tx, actionId);
	if (!parties) throw new NotFoundError('action');
	if (!ownerIds.length) allow(ctx, (actor) => canEditAction(actor, parties));
	for (const ownerId of ownerIds) allow(ctx, (actor) => canEditMeasure(actor, parties, ownerId));
}

async function checkMeasure(tx: Tx, input: MeasureInput) {
	const errors: Record<string, string> = {};
	const [owner] = await tx
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.id, input.ownerId));
	if (!owner) errors.ownerId = 'error_choice';
	if (
		input.originKind &&
		input.originId &&
		!(await allExist(tx, input.originKind, [input.originId]))
	)
		errors.originKind = 'error_choice';
	if (new Set(input.fundingSource).size !== input.fundingSource.length)
		errors.fundingAmount = 'measure_error_funding_twice';
	if (Object.keys(errors).length) throw new ValidationError(errors);
}

function columnsOf(input: MeasureInput) {
	const { fundingSource: _s, fundingAmount: _a, ...columns } = input;
	return columns;
}

async function writeFunding(tx: Tx, measureId: number, input: MeasureInput) {
	await tx.delete(measureFunding).where(eq(measureFunding.measureId, measureId));
	const rows = input.fundingSource
		.map((source, i) => ({ measureId, source, amount: input.fundingAmount[i] }))
		.filter(
			(row): row is { measureId: number; source: typeof row.source; amount: number } =>
				row.amount !== null && row.amount > 0
		);
	if (rows.length) await tx.insert(measureFunding).values(rows);
	return rows.map(({ source, amount }) => ({ source, amount }));
}

/** A new measure under an action point of the current programme. */
export async function createMeasure(ctx: Ctx, raw: unknown) {
	const { code } = parseInput(actionRef, raw);
	const input = parseInput(measureInput, raw);
	return ctx.db.transaction(async (tx) => {
		const programme = await getCurrentProgramme(tx);
		const [target] = await tx
			.select({ id: action.id })
			.from(action)
			.where(and(eq(action.programmeId, programme.id), eq(action.code, code)));
		if (!target) throw new ValidationError({ code: 'hearing_error_action_codes' });
		await allowMeasureEdit(ctx, tx, target.id);
		await checkMeasure(tx, input);
		const [row] = await tx
			.insert(measure)
			.values({ ...columnsOf(input), actionId: target.id })
			.returning();
		const funding = await writeFunding(tx, row.id, input);
		await recordAudit(tx, ctx.actor, {
			entity: 'action',
			entityId: code,
			kind: 'add_measure',
			after: { ...row, funding }
		});
		return { ...row, code };
	});
}

export async function updateMeasure(ctx: Ctx, raw: unknown) {
	const { id, version } = parseInput(versionedRef, raw);
	const input = parseInput(measureInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, measure, eq(measure.id, id), 'measure', version);
		await allowMeasureEdit(ctx, tx, before.actionId, before.ownerId, input.ownerId);
		await checkMeasure(tx, input);
		const after = await saveRow(tx, measure, id, columnsOf(input));
		const funding = await writeFunding(tx, id, input);
		const [{ code }] = await tx
			.select({ code: action.code })
			.from(action)
			.where(eq(action.id, before.actionId));
		await recordAudit(tx, ctx.actor, {
			entity: 'action',
			entityId: code,
			kind: 'update_measure',
			before,
			after: { ...after, funding }
		});
		return { ...after, code };
	});
}
