import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { idRef } from '../../schemas/common.ts';
import { inputItemOutcomes } from '../../schemas/values.ts';
import { action } from '../actions/schema.ts';
import { allow, canManageRelations, canUseWorkspace } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import type { Db } from '../platform/db/client.ts';
import { measure } from '../measures/schema.ts';
import { goal, theme } from '../strategy/schema.ts';
import { workshop, workshopItem, workshopItemGoal } from './schema.ts';
import { themeChoices } from '../strategy/queries.ts';

/** A workshop's items with what became of each, and the counts by theme and by outcome. */
async function itemsOf(db: Db, workshopId: number) {
	const rows = await db
		.select({
			id: workshopItem.id,
			position: workshopItem.position,
			text: workshopItem.text,
			groupName: workshopItem.groupName,
			themeId: workshopItem.themeId,
			themeName: theme.name,
			outcome: workshopItem.outcome,
			actionCode: action.code,
			actionTitle: action.title,
			mergedIntoId: workshopItem.mergedIntoId,
			note: workshopItem.note,
			isExample: workshopItem.isExample,
			version: workshopItem.version
		})
		.from(workshopItem)
		.leftJoin(theme, eq(theme.id, workshopItem.themeId))
		.leftJoin(action, eq(action.id, workshopItem.actionId))
		.where(eq(workshopItem.workshopId, workshopId))
		.orderBy(asc(workshopItem.position));
	const positions = new Map(rows.map((r) => [r.id, r.position]));
	const ids = rows.map((r) => r.id);
	const [goals, measures] = ids.length
		? await Promise.all([
				db
					.select({ itemId: workshopItemGoal.itemId, id: goal.id, number: goal.number })
					.from(workshopItemGoal)
					.innerJoin(goal, eq(goal.id, workshopItemGoal.goalId))
					.where(inArray(workshopItemGoal.itemId, ids))
					.orderBy(asc(goal.number)),
				db
					.select({
						itemId: measure.originId,
						id: measure.id,
						title: measure.title,
						phase: measure.phase,
						code: action.code
					})
					.from(measure)
					.innerJoin(action, eq(action.id, measure.actionId))
					.where(and(eq(measure.originKind, 'workshop_item'), inArray(measure.originId, ids)))
					.orderBy(asc(measure.id))
			])
		: [[], []];
	const items = rows.map((r) => ({
		...r,
		mergedIntoPosition: r.mergedIntoId ? (positions.get(r.mergedIntoId) ?? null) : null,
		goals: goals.filter((g) => g.itemId === r.id).map(({ id, number }) => ({ id, number })),
		measures: measures.filter((ms) => ms.itemId === r.id).map(({ itemId: _i, ...ms }) => ms)
	}));
	const count = (key: (i: (typeof items)[number]) => string) => {
		const counts = new Map<string, number>();
		for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
		return [...counts].map(([label, n]) => ({ label, n }));
	};
	return {
		items,
		byTheme: count((i) => i.themeName ?? '–'),
		byOutcome: inputItemOutcomes.map((outcome) => ({
			outcome,
			n: items.filter((i) => i.outcome === outcome).length
		}))
	};
}

export async function getWorkshopsPage(ctx: Ctx) {
	allow(ctx, canUseWorkspace);
	return {
		workshops: await ctx.db.select().from(workshop).orderBy(desc(workshop.heldOn)),
		canManage: canManageRelations(ctx.actor)
	};
}

export function newWorkshopForm(ctx: Ctx) {
	allow(ctx, canManageRelations);
	return { values: {} };
}

export async function getWorkshopPage(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { id } = parseInput(idRef, input);
	const [row] = await ctx.db.select().from(workshop).where(eq(workshop.id, id));
	if (!row) throw new NotFoundError('workshop');
	return {
		workshop: row,
		...(await itemsOf(ctx.db, id)),
		themes: await themeChoices(ctx.db),
		goals: await ctx.db
			.select({ value: goal.id, label: goal.title, number: goal.number })
			.from(goal)
			.orderBy(asc(goal.number)),
		canManage: canManageRelations(ctx.actor)
	};
}

/** Workshops marked public, newest first. */
export async function listPublicWorkshops(ctx: Ctx) {
	return ctx.db
		.select({
			id: workshop.id,
			title: workshop.title,
			heldOn: workshop.heldOn,
			isExample: workshop.isExample
		})
		.from(workshop)
		.where(eq(workshop.isPublic, true))
		.orderBy(desc(workshop.heldOn));
}

/** A public workshop's summary: counts by theme and outcome, and each item with its fate. */
export async function getPublicWorkshop(ctx: Ctx, input: unknown) {
	const { id } = parseInput(idRef, input);
	const [row] = await ctx.db
		.select()
		.from(workshop)
		.where(and(eq(workshop.id, id), eq(workshop.isPublic, true)));
	if (!row) throw new NotFoundError('workshop');
	return { workshop: row, ...(await itemsOf(ctx.db, id)) };
}
