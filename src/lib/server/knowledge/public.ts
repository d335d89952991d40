// The public side of knowledge: /kunnskap, an indicator's page, its chart and its data.
import { stringify } from 'csv-stringify/sync';
import { indicatorChartRef } from '../../schemas/indicator.ts';
import { slugRef } from '../../schemas/common.ts';
import { GenerationCache } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import type { Db } from '../platform/db/client.ts';
import { osloDate } from '../shared/dates.ts';
import { PUBLIC_CACHE, type FileReply } from '../shared/files.ts';
import { chartPng, chartSvg, summarise } from './charts.ts';
import { periodLabel } from '../../periods.ts';
import { assessTarget } from './targets.ts';
import {
	chartDataOf,
	featuredIndicators,
	listIndicators,
	readIndicator,
	type IndicatorDetail,
	type View
} from './view.ts';

/** The indicators the secretariat picked for the front page, with their latest figures. */
export const frontPageIndicators = (ctx: Ctx) => featuredIndicators(ctx.db);

export async function getKnowledgePage(ctx: Ctx) {
	return { indicators: await listIndicators(ctx.db, 'public') };
}

/**
 * The figures as a table: a row per period and a column per place and series, or, where there
 * are more places than periods (commuting between six municipalities), the other way round.
 */
export function tableOf(detail: IndicatorDetail) {
	const keyOf = (v: IndicatorDetail['values'][number]) => `${v.place}|${v.series}`;
	const series = [
		...new Map(
			detail.values.map((v) => [
				keyOf(v),
				[v.placeName || v.place, v.series].filter(Boolean).join(' – ')
			])
		)
	].map(([key, label]) => ({ key, label }));
	const periods = [...new Set(detail.values.map((v) => v.period))].map((period) => ({
		key: period,
		label: periodLabel(period)
	}));
	const byPeriod = series.length <= Math.max(8, periods.length);
	const [rows, columns] = byPeriod ? [periods, series] : [series, periods];
	const at = (row: string, column: string) =>
		detail.values.find((v) =>
			byPeriod ? v.period === row && keyOf(v) === column : keyOf(v) === row && v.period === column
		);
	return {
		corner: byPeriod ? 'period' : 'place',
		columns: columns.map((c) => c.label),
		rows: rows.map((row) => ({
			label: row.label,
			cells: columns.map((c) => at(row.key, c.key)?.value ?? null),
			example: columns.some((c) => at(row.key, c.key)?.isExample)
		}))
	};
}

/** An indicator's page as the view reads it: chart summary, table, targets and where they stand. */
export async function indicatorPage(
	ctx: Ctx,
	view: View,
	where: { slug?: string; id?: number },
	today = osloDate()
) {
	const detail = await readIndicator(ctx.db, view, where);
	if (!detail) throw new NotFoundError('indicator');
	return {
		...detail,
		summary: summarise(chartDataOf(detail)),
		table: tableOf(detail),
		targets: detail.targets.map((t) => ({
			...t,
			assessment: assessTarget(t, detail.values, detail.indicator.direction, today)
		}))
	};
}

export async function getIndicatorPage(ctx: Ctx, input: unknown) {
	const { slug } = parseInput(slugRef, input);
	return indicatorPage(ctx, 'public', { slug });
}

/** The chart as SVG or PNG, or the figures as CSV. */
export async function getIndicatorFile(ctx: Ctx, input: unknown): Promise<FileReply> {
	const { slug, file } = parseInput(indicatorChartRef, input);
	const detail = await readIndicator(ctx.db, 'public', { slug });
	if (!detail) throw new NotFoundError('indicator');
	return indicatorFile(ctx.db, detail, file);
}

/**
 * Charts drawn, by indicator and format, until the next change: drawing one costs tens of
 * milliseconds, and it is the same for every reader who may see the indicator.
 */
const drawings = new GenerationCache(100);

export async function indicatorFile(
	db: Db | Tx,
	detail: IndicatorDetail,
	format: 'svg' | 'png' | 'csv'
): Promise<FileReply> {
	const name = detail.indicator.slug;
	if (format === 'csv')
		return {
			body: `\uFEFF${stringify([
				['periode', 'sted', 'stedsnavn', 'serie', 'verdi', 'kilde'],
				...detail.values.map((v) => [
					v.period,
					v.place,
					v.placeName,
					v.series,
					v.value,
					v.source || detail.indicator.source
				])
			])}`,
			fileName: `${name}.csv`,
			contentType: 'text/csv; charset=utf-8',
			cache: PUBLIC_CACHE
		};
	// Drawn on a miss only: the chart's data is read from the figures for the drawing.
	const body = await drawings.get(db, `${detail.indicator.id}:${format}`, async () => {
		const data = chartDataOf(detail);
		return format === 'svg' ? chartSvg(data) : chartPng(data);
	});
	return {
		body,
		fileName: `${name}.${format}`,
		contentType: format === 'svg' ? 'image/svg+xml' : 'image/png',
		disposition: 'inline',
		cache: PUBLIC_CACHE
	};
}
