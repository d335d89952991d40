import { and, eq, inArray, max } from 'drizzle-orm';
import { versionedRef } from '../../schemas/common.ts';
import {
	workshopDecisionInput,
	workshopInput,
	workshopItemsInput
} from '../../schemas/workshop.ts';
import { findActionIds } from '../actions/queries.ts';
import { allow, canManageRelations } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { goal, theme } from '../strategy/schema.ts';
import { workshop, workshopItem, workshopItemGoal } from './schema.ts';

async function assertTheme(tx: Tx, themeId: number | null) {
	if (themeId === null) return;
	const [found] = await tx.select({ id: theme.id }).from(theme).where(eq(theme.id, themeId));
	if (!found) throw new ValidationError({ themeId: 'error_choice' });
}

export async function createWorkshop(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageRelations);
	const input = parseInput(workshopInput, raw);
	return ctx.db.transaction(async (tx) => {
		const [row] = await tx.insert(workshop).values(input).returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'workshop',
			entityId: row.id,
			kind: 'create',
			after: row
		});
		return row;
	});
}

export async function updateWorkshop(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageRelations);
	const { id, version } = parseInput(versionedRef, raw);
	const input = parseInput(workshopInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, workshop, eq(workshop.id, id), 'workshop', version);
		const after = await saveRow(tx, workshop, id, input);
		await recordAudit(tx, ctx.actor, {
			entity: 'workshop',
			entityId: id,
			kind: 'update',
			before,
			after
		});
		return after;
	});
}

/** Adds items of input, in the order typed, after those the workshop has. */
export async function addWorkshopItems(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageRelations);
	const input = parseInput(workshopItemsInput, raw);
	return ctx.db.transaction(async (tx) => {
		const owner = await lockRow(tx, workshop, eq(workshop.id, input.id), 'workshop');
		await assertTheme(tx, input.themeId);
		const [{ last }] = await tx
			.select({ last: max(workshopItem.position) })
			.from(workshopItem)
			.where(eq(workshopItem.workshopId, owner.id));
		const rows = await tx
			.insert(workshopItem)
			.values(
				input.items.map((text, i) => ({
					workshopId: owner.id,
					position: (last ?? 0) + i + 1,
					text,
					groupName: input.groupName,
					themeId: input.themeId
				}))
			)
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'workshop',
			entityId: owner.id,
			kind: 'add_items',
			after: rows
		});
		return rows;
	});
}

/** Records what became of one item; a merge goes into another item of the same workshop. */
export async function decideWorkshopItem(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageRelations);
	const input = parseInput(workshopDecisionInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(
			tx,
			workshopItem,
			and(eq(workshopItem.id, input.itemId), eq(workshopItem.workshopId, input.id)),
			'workshop_item',
			input.version
		);
		await assertTheme(tx, input.themeId);
		let actionId: number | null = null;
		if (input.outcome === 'taken') {
			const ids = await findActionIds(tx, [input.actionCode!]);
			if (!ids) throw new ValidationError({ actionCode: 'hearing_error_action_codes' });
			actionId = ids[0];
		}
		let mergedIntoId: number | null = null;
		if (input.outcome === 'merged') {
			const [target] = await tx
				.select({ id: workshopItem.id })
				.from(workshopItem)
				.where(
					and(eq(workshopItem.id, input.mergedIntoId!), eq(workshopItem.workshopId, input.id))
				);
			if (!target || target.id === before.id)
				throw new ValidationError({ mergedIntoId: 'workshop_error_merged' });
			mergedIntoId = target.id;
		}
		const goalIds = [...new Set(input.goalIds)];
		if (goalIds.length) {
			const found = await tx.select({ id: goal.id }).from(goal).where(inArray(goal.id, goalIds));
			if (found.length !== goalIds.length) throw new ValidationError({ goalIds: 'error_choice' });
		}
		const goalsBefore = await tx
			.select({ id: workshopItemGoal.goalId })
			.from(workshopItemGoal)
			.where(eq(workshopItemGoal.itemId, before.id));
		const after = await saveRow(tx, workshopItem, before.id, {
			outcome: input.outcome,
			actionId,
			mergedIntoId,
			themeId: input.themeId,
			note: input.note
		});
		await tx.delete(workshopItemGoal).where(eq(workshopItemGoal.itemId, before.id));
		if (goalIds.length)
			await tx
				.insert(workshopItemGoal)
				.values(goalIds.map((goalId) => ({ itemId: before.id, goalId })));
		await recordAudit(tx, ctx.actor, {
			entity: 'workshop',
			entityId: input.id,
			kind: 'decide_item',
			before: { ...before, goalIds: goalsBefore.map((g) => g.id) },
			after: { ...after, goalIds }
		});
		return after;
	});
}
