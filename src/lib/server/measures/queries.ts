import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { idRef } from '../../schemas/common.ts';
import { measureOrigins } from '../../schemas/values.ts';
import { action } from '../actions/schema.ts';
import { readParties } from '../actions/queries.ts';
import { allow, canEditAction, canRecordMeasures } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import type { Db } from '../platform/db/client.ts';
import { organisation } from '../partners/schema.ts';
import { readLinked } from '../links/items.ts';
import { mattersOf } from '../matters/view.ts';
import { allowMeasureEdit } from './commands.ts';
import { measure, measureFunding } from './schema.ts';

type Origin = (typeof measureOrigins)[number];

const columns = {
	id: measure.id,
	actionId: measure.actionId,
	title: measure.title,
	phase: measure.phase,
	startsOn: measure.startsOn,
	endsOn: measure.endsOn,
	costEstimate: measure.costEstimate,
	originKind: measure.originKind,
	originId: measure.originId,
	version: measure.version,
	ownerId: measure.ownerId,
	ownerName: organisation.name
};

/** Measures with their funding by source (largest first) and the sum of it. */
async function withFunding(db: Db, rows: { id: number }[]) {
	const funding = rows.length
		? await db
				.select()
				.from(measureFunding)
				.where(
					inArray(
						measureFunding.measureId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(asc(measureFunding.id))
		: [];
	return <T extends { id: number }>(row: T) => {
		const own = funding.filter((f) => f.measureId === row.id);
		return {
			...row,
			funding: own.map(({ source, amount }) => ({ source, amount })),
			funded: own.reduce((sum, f) => sum + f.amount, 0)
		};
	};
}

/** The measures under an action point, by phase order and title. Public, like the action point. */
export async function measuresOf(db: Db, actionId: number) {
	const rows = await db
		.select(columns)
		.from(measure)
		.innerJoin(organisation, eq(organisation.id, measure.ownerId))
		.where(eq(measure.actionId, actionId))
		.orderBy(asc(measure.title), asc(measure.id));
	return rows.map(await withFunding(db, rows));
}

/** The measures that came from an engagement, an inquiry or a case, with their action points. */
export async function measuresFrom(db: Db, kind: Origin, id: number) {
	return db
		.select({ id: measure.id, title: measure.title, phase: measure.phase, code: action.code })
		.from(measure)
		.innerJoin(action, eq(action.id, measure.actionId))
		.where(and(eq(measure.originKind, kind), eq(measure.originId, id)))
		.orderBy(asc(measure.id));
}

/** Every active organisation; only its own for an owner that is not a party of the point. */
async function ownerChoices(ctx: Ctx, ownOnly = false) {
	return ctx.db
		.select({ value: organisation.id, label: organisation.name })
		.from(organisation)
		.where(
			ownOnly ? eq(organisation.id, ctx.actor?.organisationId ?? -1) : eq(organisation.active, true)
		)
		.orderBy(asc(organisation.name));
}

const newMeasureQuery = z.object({
	kode: z.string().trim().toUpperCase().max(20).optional().catch(undefined),
	fra: z
		.string()
		.regex(/^(engagement|inquiry|case|workshop_item):\d{1,9}$/)
		.optional()
		.catch(undefined)
});

/**
 * The form for a new measure: under an action point (`?kode=HA27`), and from an engagement, an
 * inquiry or a case (`?fra=engagement:12`) it records where it came from. Who may add it is
 * decided on saving, by the rules of the action point it goes under.
 */
export async function newMeasureForm(ctx: Ctx, input: unknown) {
	allow(ctx, canRecordMeasures);
	const { kode, fra } = parseInput(newMeasureQuery, input);
	const [originKind, originId] = fra ? fra.split(':') : [];
	return {
		owners: await ownerChoices(ctx),
		prefill: {
			code: kode ?? '',
			phase: 'idea',
			ownerId: ctx.actor?.organisationId ?? '',
			originKind: originKind ?? '',
			originId: originId ?? ''
		}
	};
}

/** One measure's edit page. */
export async function getMeasurePage(ctx: Ctx, input: unknown) {
	const { id } = parseInput(idRef, input);
	const [row] = await ctx.db
		.select({ ...columns, code: action.code, actionTitle: action.title })
		.from(measure)
		.innerJoin(organisation, eq(organisation.id, measure.ownerId))
		.innerJoin(action, eq(action.id, measure.actionId))
		.where(eq(measure.id, id));
	if (!row) throw new NotFoundError('measure');
	await allowMeasureEdit(ctx, ctx.db, row.actionId, row.ownerId);
	const parties = await readParties(ctx.db, row.actionId);
	const ownOnly = !parties || !canEditAction(ctx.actor, parties);
	const origin =
		row.originKind && row.originId
			? await readLinked(ctx.db, [{ kind: row.originKind, targetId: row.originId }], 'internal')
			: [];
	return {
		measure: (await withFunding(ctx.db, [row]))(row),
		owners: await ownerChoices(ctx, ownOnly),
		related: [...origin, ...(await mattersOf(ctx.db, 'measure', row.id, 'internal'))]
	};
}
