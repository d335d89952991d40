// Charts of an indicator, drawn on the server with Apache ECharts (server-side SVG): a line over
// time, bars by place, stacked shares, and a matrix from place to place. They are pictures for the
// eye: each page holds the same figures as a table and a summary in words. Colours have 4.5:1
// contrast against white, and lines and bars differ by symbol, dash and pattern as well as colour.
import * as echarts from 'echarts';
import sharp from 'sharp';
import type { ChartKind } from '../../schemas/values.ts';
import { formatNumber } from '../../intl.ts';
import { periodLabel } from '../../periods.ts';

export interface ChartData {
	title: string;
	unit: string;
	kind: ChartKind;
	source: string;
	values: { period: string; place: string; placeName: string; series: string; value: number }[];
	targets: { place: string; series: string; value: number; dueOn: string; kind: string }[];
}

/** Dark enough on white for text and lines (at least 4.5:1). */
const COLOURS = ['#1f4e79', '#8a3b12', '#1d6b3a', '#6b2c91', '#7a5c00', '#0f5f68', '#9b1c4a'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect'];
const DASHES = ['solid', 'dashed', 'dotted'] as const;
const WIDTH = 800;
const HEIGHT = 420;

const number = { format: (value: number) => formatNumber(value, 'nb-NO', 1) };
const ordered = <T>(items: T[]) => [...new Set(items)];

function optionsOf(data: ChartData): echarts.EChartsCoreOption {
	const periods = ordered(data.values.map((v) => v.period)).sort();
	const places = ordered(data.values.map((v) => v.place));
	const nameOf = (place: string) => data.values.find((v) => v.place === place)?.placeName ?? place;
	const base = {
		animation: false,
		color: COLOURS,
		textStyle: { fontFamily: 'DejaVu Sans, Arial, sans-serif', color: '#1a1a1a' },
		aria: { enabled: true, decal: { show: data.kind !== 'line' } },
		title: { text: data.title, left: 8, textStyle: { fontSize: 16 } },
		grid: { left: 72, right: 24, top: 64, bottom: 84 },
		legend: { bottom: 24, itemGap: 28 }
	};
	const axis = { axisLabel: { color: '#1a1a1a' }, axisLine: { lineStyle: { color: '#595959' } } };
	const valueAxis = {
		...axis,
		type: 'value',
		name: data.unit,
		nameTextStyle: { color: '#1a1a1a' }
	};
	if (data.kind === 'matrix') {
		const from = ordered(places.map((p) => p.split('>')[0]));
		const to = ordered(places.map((p) => p.split('>')[1]));
		const last = periods.at(-1);
		const cells = data.values
			.filter((v) => v.period === last && v.place.includes('>'))
			.map((v) => {
				const [a, b] = v.place.split('>');
				return [to.indexOf(b), from.indexOf(a), v.value];
			});
		const names = (codes: string[], side: 0 | 1) =>
			codes.map((code) => {
				const hit = data.values.find((v) => v.place.split('>')[side] === code);
				return hit ? hit.placeName.split(' → ')[side] : code;
			});
		return {
			...base,
			aria: { enabled: true },
			grid: { left: 110, right: 24, top: 64, bottom: 110 },
			xAxis: {
				...axis,
				type: 'category',
				data: names(to, 1),
				name: 'Arbeidssted',
				nameLocation: 'middle',
				nameGap: 40
			},
			yAxis: { ...axis, type: 'category', data: names(from, 0), name: 'Bosted' },
			visualMap: {
				min: 0,
				max: Math.max(1, ...cells.map((c) => Number(c[2]))),
				calculable: false,
				orient: 'horizontal',
				left: 'center',
				bottom: 8,
				inRange: { color: ['#e8f0f8', '#1f4e79'] }
			},
			series: [
				{
					type: 'heatmap',
					data: cells,
					label: {
						show: true,
						color: '#000',
						formatter: (p: { value: number[] }) => number.format(p.value[2])
					}
				}
			]
		};
	}
	if (data.kind === 'bar') {
		const last = periods.at(-1);
		const rows = data.values.filter((v) => v.period === last);
		return {
			...base,
			legend: undefined,
			xAxis: {
				...axis,
				type: 'category',
				data: rows.map((r) => r.placeName),
				axisLabel: { ...axis.axisLabel, rotate: rows.length > 4 ? 30 : 0 }
			},
			yAxis: valueAxis,
			series: [
				{
					type: 'bar',
					name: last ? periodLabel(last) : '',
					data: rows.map((r) => r.value),
					label: { show: true, position: 'top', color: '#1a1a1a' }
				}
			]
		};
	}
	if (data.kind === 'stacked') {
		const series = ordered(data.values.map((v) => v.series));
		return {
			...base,
			xAxis: { ...axis, type: 'category', data: periods.map(periodLabel) },
			yAxis: { ...valueAxis, max: data.unit === '%' ? 100 : undefined },
			series: series.map((s) => ({
				type: 'bar',
				stack: 'shares',
				name: s || data.title,
				data: periods.map(
					(p) => data.values.find((v) => v.period === p && v.series === s)?.value ?? 0
				),
				label: {
					show: true,
					color: '#fff',
					formatter: (p: { value: number }) => (p.value ? number.format(p.value) : '')
				}
			}))
		};
	}
	// Over time: one line per place, each with its own symbol and dash; a target as a dashed mark.
	return {
		...base,
		xAxis: { ...axis, type: 'category', data: periods.map(periodLabel) },
		yAxis: { ...valueAxis, scale: true },
		series: places.map((place, i) => ({
			type: 'line',
			name: nameOf(place),
			symbol: SYMBOLS[i % SYMBOLS.length],
			symbolSize: 9,
			lineStyle: { type: DASHES[i % DASHES.length], width: 2 },
			data: periods.map(
				(p) => data.values.find((v) => v.period === p && v.place === place)?.value ?? null
			),
			markLine: data.targets.some((t) => t.place === place && t.kind === 'level')
				? {
						symbol: 'none',
						lineStyle: { type: 'dashed', color: '#595959' },
						label: { formatter: 'Mål', color: '#1a1a1a' },
						data: data.targets
							.filter((t) => t.place === place && t.kind === 'level')
							.map((t) => ({ yAxis: t.value }))
					}
				: undefined
		}))
	};
}

/** The chart as SVG text. */
export function chartSvg(data: ChartData): string {
	const chart = echarts.init(null, null, {
		renderer: 'svg',
		ssr: true,
		width: WIDTH,
		height: HEIGHT
	});
	try {
		chart.setOption(optionsOf(data));
		const svg = chart.renderToSVGString();
		// A source line under the chart, as the page has under its table.
		return svg.replace(
			'</svg>',
			`<text x="8" y="${HEIGHT - 6}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11" fill="#1a1a1a">Kilde: ${escapeXml(data.source)}</text></svg>`
		);
	} finally {
		chart.dispose();
	}
}

/** The chart as PNG, made from its SVG. */
export async function chartPng(data: ChartData): Promise<Uint8Array> {
	return new Uint8Array(
		await sharp(Buffer.from(chartSvg(data)), { density: 144 })
			.png()
			.toBuffer()
	);
}

function escapeXml(text: string) {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What the chart shows, in words: the latest figure, and the change since the first. */
export function summarise(data: ChartData): string {
	const periods = ordered(data.values.map((v) => v.period)).sort();
	if (!periods.length) return 'Ingen tall er registrert.';
	const first = periods[0];
	const last = periods.at(-1)!;
	const unit = data.unit ? ` ${data.unit}` : '';
	if (data.kind === 'stacked') {
		const shares = data.values
			.filter((v) => v.period === last)
			.map((v) => `${v.series || data.title} ${number.format(v.value)}${unit}`);
		return `${periodLabel(last)}: ${shares.join(', ')}.`;
	}
	if (data.kind === 'matrix') {
		const top = data.values
			.filter((v) => v.period === last)
			.sort((a, b) => b.value - a.value)
			.slice(0, 3)
			.map((v) => `${v.placeName} ${number.format(v.value)}`);
		return `Størst i ${periodLabel(last)}: ${top.join(', ')}.`;
	}
	const places = ordered(data.values.map((v) => v.place));
	return places
		.map((place) => {
			const at = (period: string) =>
				data.values.find((v) => v.place === place && v.period === period);
			const [a, b] = [at(first), at(last)];
			const name = (b ?? a)?.placeName ?? place;
			if (!b) return `${name}: ingen tall for ${periodLabel(last)}`;
			if (!a || first === last)
				return `${name}: ${number.format(b.value)}${unit} i ${periodLabel(last)}`;
			const change = a.value ? ((b.value - a.value) / Math.abs(a.value)) * 100 : null;
			return `${name}: ${number.format(b.value)}${unit} i ${periodLabel(last)}${change === null ? '' : `, ${change >= 0 ? '+' : ''}${number.format(change)} % siden ${periodLabel(first)}`}`;
		})
		.join('. ')
		.concat('.');
}
