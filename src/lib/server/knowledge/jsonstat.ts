// Statistics Norway's answers in JSON-stat 2.0, read with jsonstat-toolkit: a table's profile says
// which dimensions it must have and how they become an indicator's figures. A file with other
// dimensions, or with regions outside the partnership, is refused before anything is written.
import JSONstat from 'jsonstat-toolkit';
import { ValidationError } from '../core/errors.ts';
import { periodStart } from '../../periods.ts';

/** The six municipalities of Innherredsbyen, by their codes. */
export const PARTNERSHIP_CODES = ['5006', '5036', '5037', '5038', '5041', '5053'] as const;
/** What PxWebApi v2 allows: queries a minute, and cells in one answer. */
export const SSB_LIMITS = { queriesPerMinute: 30, cellsPerQuery: 800_000 } as const;

export interface Figure {
	period: string;
	place: string;
	placeName: string;
	series: string;
	value: number;
}

interface Profile {
	/** The dimensions the answer has, in any order. */
	dimensions: string[];
	/** The content measured. */
	contents: string;
	/** The query's value codes besides time. */
	query: (codes: readonly string[]) => Record<string, string>;
	/** One figure from a cell's coordinates and labels. */
	figure: (
		at: Record<string, string>,
		label: (dimension: string, id: string) => string
	) => Omit<Figure, 'value'>;
	/** The dimensions whose codes must be the partnership's. */
	regions: string[];
}

export const SSB_PROFILES: Record<string, Profile> = {
	/** Population by region and year. */
	'07459': {
		dimensions: ['Region', 'ContentsCode', 'Tid'],
		contents: 'Personer1',
		query: (codes) => ({ Region: codes.join(','), ContentsCode: 'Personer1' }),
		figure: (at, label) => ({
			period: at.Tid,
			place: at.Region,
			placeName: label('Region', at.Region),
			series: ''
		}),
		regions: ['Region']
	},
	/** Commuting between municipalities: where people live and where they work, by year. */
	'03321': {
		dimensions: ['Bokommuen', 'ArbstedKomm', 'ContentsCode', 'Tid'],
		contents: 'Sysselsatte',
		query: (codes) => ({
			Bokommuen: codes.join(','),
			ArbstedKomm: codes.join(','),
			ContentsCode: 'Sysselsatte'
		}),
		figure: (at, label) => ({
			period: at.Tid,
			place: `${at.Bokommuen}>${at.ArbstedKomm}`,
			placeName: `${label('Bokommuen', at.Bokommuen)} → ${label('ArbstedKomm', at.ArbstedKomm)}`,
			series: ''
		}),
		regions: ['Bokommuen', 'ArbstedKomm']
	}
};

/** The address of a table's figures for the partnership's municipalities, the last `years` years. */
export function ssbDataUrl(base: string, table: string, years = 10): string {
	const profile = SSB_PROFILES[table];
	// Written out as the API documents it: brackets, commas and `top(n)` as they are.
	const codes = Object.entries({ ...profile.query(PARTNERSHIP_CODES), Tid: `top(${years})` }).map(
		([dimension, value]) => `valueCodes[${dimension}]=${value}`
	);
	const url = new URL(`/api/pxwebapi/v2/tables/${table}/data`, base);
	return `${url.href}?${codes.join('&')}&outputFormat=json-stat2`;
}

/** The cells a query asks for: the product of its dimensions' sizes. */
export function cellsOf(table: string, years = 10): number {
	const profile = SSB_PROFILES[table];
	return Object.values(profile.query(PARTNERSHIP_CODES))
		.map((codes) => codes.split(',').length)
		.reduce((a, b) => a * b, years);
}

/** Reads a JSON-stat 2.0 answer for a table into figures, or refuses it with a message. */
export function readJsonStat(content: Uint8Array | string, table: string): Figure[] {
	const profile = SSB_PROFILES[table];
	if (!profile) throw new ValidationError({ file: 'jsonstat_error_table' });
	let json: unknown;
	try {
		json = JSON.parse(typeof content === 'string' ? content : new TextDecoder().decode(content));
	} catch {
		throw new ValidationError({ file: 'jsonstat_error_not_jsonstat' });
	}
	if (!json || typeof json !== 'object' || (json as { version?: string }).version !== '2.0')
		throw new ValidationError({ file: 'jsonstat_error_not_jsonstat' });
	const dataset = JSONstat(json as object);
	if (dataset.class !== 'dataset' || !dataset.id?.length)
		throw new ValidationError({ file: 'jsonstat_error_not_jsonstat' });
	const dimensions = [...dataset.id].sort();
	if (dimensions.join() !== [...profile.dimensions].sort().join())
		throw new ValidationError({ file: 'jsonstat_error_dimensions' });
	for (const region of profile.regions) {
		const codes = dataset.Dimension(region)?.id ?? [];
		if (codes.some((code) => !(PARTNERSHIP_CODES as readonly string[]).includes(code)))
			throw new ValidationError({ file: 'jsonstat_error_regions' });
	}
	const periods = dataset.Dimension('Tid')?.id ?? [];
	if (periods.some((period) => periodStart(period) === null))
		throw new ValidationError({ file: 'jsonstat_error_periods' });
	const label = (dimension: string, id: string) =>
		dataset.Dimension(dimension)?.Category(id)?.label ?? id;
	return dataset.Unflatten((at, point) =>
		typeof point.value === 'number' && Number.isFinite(point.value)
			? { ...profile.figure(at, label), value: point.value }
			: undefined
	);
}
