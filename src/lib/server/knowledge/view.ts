// How indicators are read, for the workspace and the public alike. `public` keeps to indicators
// marked public; every public surface (the list, a page, its chart, its data) reads through here.
import { and, asc, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { action } from '../actions/schema.ts';
import type { Db } from '../platform/db/client.ts';
import type { Tx } from '../core/context.ts';
import { goal } from '../strategy/schema.ts';
import { indicator, indicatorLink, indicatorTarget, indicatorValue } from './schema.ts';
import type { ChartData } from './charts.ts';

export type View = 'public' | 'internal';
const visible = (view: View): SQL | undefined =>
	view === 'public' ? eq(indicator.isPublic, true) : undefined;

/** Every indicator the view may see, with its latest period and how many figures it has. */
export async function listIndicators(db: Db, view: View, featuredOnly = false) {
	return db
		.select({
			id: indicator.id,
			slug: indicator.slug,
			name: indicator.name,
			unit: indicator.unit,
			source: indicator.source,
			chart: indicator.chart,
			isPublic: indicator.isPublic,
			featureOrder: indicator.featureOrder,
			isExample: indicator.isExample,
			latest: sql<
				string | null
			>`(select max(${indicatorValue.period}) from ${indicatorValue} where ${indicatorValue.indicatorId} = ${indicator.id})`,
			values: sql<number>`(select count(*)::int from ${indicatorValue} where ${indicatorValue.indicatorId} = ${indicator.id})`
		})
		.from(indicator)
		.where(and(visible(view), featuredOnly ? isNotNull(indicator.featureOrder) : undefined))
		.orderBy(asc(indicator.featureOrder), asc(indicator.name));
}

/** One indicator by its address with its figures, targets, goals and action points; null if unseen. */
export async function readIndicator(
	db: Db | Tx,
	view: View,
	where: { slug?: string; id?: number }
) {
	const [row] = await db
		.select()
		.from(indicator)
		.where(
			and(
				visible(view),
				where.id !== undefined ? eq(indicator.id, where.id) : eq(indicator.slug, where.slug ?? '')
			)
		);
	if (!row) return null;
	const [values, targets, links] = await Promise.all([
		db
			.select()
			.from(indicatorValue)
			.where(eq(indicatorValue.indicatorId, row.id))
			.orderBy(
				asc(indicatorValue.periodStart),
				asc(indicatorValue.place),
				asc(indicatorValue.series)
			)
			.limit(5_000),
		db
			.select()
			.from(indicatorTarget)
			.where(eq(indicatorTarget.indicatorId, row.id))
			.orderBy(asc(indicatorTarget.dueOn)),
		db.select().from(indicatorLink).where(eq(indicatorLink.indicatorId, row.id))
	]);
	const ids = (kind: 'goal' | 'action') =>
		links.filter((l) => l.kind === kind).map((l) => l.targetId);
	const [goals, actions] = await Promise.all([
		ids('goal').length
			? db
					.select({ id: goal.id, number: goal.number, title: goal.title })
					.from(goal)
					.where(inArray(goal.id, ids('goal')))
					.orderBy(asc(goal.number))
			: [],
		ids('action').length
			? db
					.select({ id: action.id, code: action.code, title: action.title })
					.from(action)
					.where(inArray(action.id, ids('action')))
					.orderBy(asc(action.code))
			: []
	]);
	return { indicator: row, values, targets, goals, actions };
}

export type IndicatorDetail = NonNullable<Awaited<ReturnType<typeof readIndicator>>>;

/** What the chart and its summary are drawn from. */
export function chartDataOf(detail: IndicatorDetail): ChartData {
	const i = detail.indicator;
	return {
		title: i.name,
		unit: i.unit,
		kind: i.chart,
		source: [i.source, i.licence].filter(Boolean).join(', '),
		values: detail.values.map((v) => ({
			period: v.period,
			place: v.place,
			placeName: v.placeName || v.place,
			series: v.series,
			value: v.value
		})),
		targets: detail.targets
	};
}

/** The latest figures of the featured indicators, for the front page. */
export async function featuredIndicators(db: Db) {
	const rows = await listIndicators(db, 'public', true);
	const latest = rows.length
		? await db
				.select({
					indicatorId: indicatorValue.indicatorId,
					period: indicatorValue.period,
					placeName: indicatorValue.placeName,
					series: indicatorValue.series,
					value: indicatorValue.value
				})
				.from(indicatorValue)
				.where(
					and(
						inArray(
							indicatorValue.indicatorId,
							rows.map((r) => r.id)
						),
						sql`${indicatorValue.period} = (select max(v2.period) from ${indicatorValue} v2 where v2.indicator_id = ${indicatorValue.indicatorId})`
					)
				)
				.orderBy(desc(indicatorValue.value))
		: [];
	return rows.map((row) => ({
		...row,
		figures: latest.filter((l) => l.indicatorId === row.id).slice(0, 4)
	}));
}
