// Where an indicator stands against its targets: pure, so that the indicator's page, the readiness
// view and the tests read it the same way.
import type { IndicatorValue } from './schema.ts';

/** A figure older than this many days does not tell where a target stands now. */
export const RECENT_DAYS = 3 * 365;

export interface Assessment {
	latest: { period: string; value: number } | null;
	base: { period: string; value: number } | null;
	/** For a change target: the change from the base, in percent. */
	change: number | null;
	/** Met, not met, or null when it cannot be told (no figure, no base). */
	met: boolean | null;
	/** Whether the latest figure is recent enough to tell. */
	recent: boolean;
}

export function assessTarget(
	target: { place: string; series: string; kind: string; value: number; basePeriod: string | null },
	values: Pick<IndicatorValue, 'period' | 'periodStart' | 'place' | 'series' | 'value'>[],
	direction: 'up' | 'down',
	today: string
): Assessment {
	const own = values
		.filter((v) => v.place === target.place && v.series === target.series)
		.sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0));
	const last = own.at(-1) ?? null;
	const latest = last ? { period: last.period, value: last.value } : null;
	const recent =
		last !== null &&
		(Date.parse(`${today}T00:00:00Z`) - Date.parse(`${last.periodStart}T00:00:00Z`)) / 86_400_000 <=
			RECENT_DAYS;
	const better = (a: number, b: number) => (direction === 'up' ? a >= b : a <= b);
	if (target.kind === 'change') {
		const baseRow = own.find((v) => v.period === target.basePeriod) ?? null;
		const base = baseRow ? { period: baseRow.period, value: baseRow.value } : null;
		const change =
			base && latest && base.value !== 0
				? ((latest.value - base.value) / Math.abs(base.value)) * 100
				: null;
		return {
			latest,
			base,
			change,
			met: change === null ? null : better(change, target.value),
			recent
		};
	}
	return {
		latest,
		base: null,
		change: null,
		met: latest ? better(latest.value, target.value) : null,
		recent
	};
}
