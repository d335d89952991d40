// The values of an imported action programme as people write them in their spreadsheets: pure
// functions, each with the message it gives when a value cannot be read.
import { ACTION_CODE } from '../../schemas/common.ts';
import { MONTHS } from '../../periods.ts';
import type { ActionStatus, Horizon } from '../../schemas/values.ts';

/** A cell as the importer keeps it: its text, and what the spreadsheet knew it to be. */
export interface SheetCell {
	text: string;
	/** A real date cell, as an ISO date. */
	date?: string;
	/** A number cell; `percent` when it is formatted as a percentage (0.4 shows as 40 %). */
	number?: number;
	percent?: boolean;
}

/** Lower case, single spaces, without the punctuation people put around words. */
export const normalise = (text: string) =>
	text
		.toLocaleLowerCase('nb')
		.replace(/[.:()*"']/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

const statusWords: Record<string, ActionStatus> = {};
for (const [status, words] of Object.entries({
	not_started: [
		'ikke startet',
		'ikke påbegynt',
		'ikke begynt',
		'ikke igangsatt',
		'ny',
		'planlagt',
		'not started'
	],
	in_progress: [
		'pågår',
		'pågående',
		'under arbeid',
		'i gang',
		'igangsatt',
		'startet',
		'påbegynt',
		'in progress'
	],
	delayed: ['forsinket', 'utsatt', 'forskjøvet', 'delayed'],
	done: ['fullført', 'ferdig', 'avsluttet', 'gjennomført', 'ferdigstilt', 'levert', 'done'],
	stopped: ['stanset', 'stoppet', 'avbrutt', 'avlyst', 'lagt bort', 'skrinlagt', 'stopped']
}))
	for (const word of words) statusWords[word] = status as ActionStatus;

const horizonWords: Record<string, Horizon> = {};
for (const [horizon, words] of Object.entries({
	short: ['kort', 'kort sikt', 'kortsiktig', 'kort tid', 'short'],
	medium: ['mellomlang', 'mellomlang sikt', 'middels', 'medium'],
	long: ['lang', 'lang sikt', 'langsiktig', 'long']
}))
	for (const word of words) horizonWords[word] = horizon as Horizon;

export type Parsed<T> = { ok: true; value: T; note?: Note } | { ok: false; accepted: string };
/** Something the importer did with a value that the user should know of. */
export interface Note {
	key: string;
	params: Record<string, string>;
}

/** "ha 16", "Ha16" and "HA16" are one code. */
export function parseCode(text: string): Parsed<string> {
	const code = text.toUpperCase().replace(/[\s.\-_]+/g, '');
	return ACTION_CODE.test(code)
		? { ok: true, value: code }
		: { ok: false, accepted: 'HA16, ha 16' };
}

export function parseStatus(text: string): Parsed<ActionStatus | null> {
	const key = normalise(text);
	if (!key) return { ok: true, value: null };
	const status = statusWords[key];
	return status
		? { ok: true, value: status }
		: {
				ok: false,
				accepted: 'Ikke påbegynt, Pågår, Under arbeid, Utsatt, Ferdig, Avsluttet, Stanset'
			};
}

export function parseHorizon(text: string): Parsed<Horizon | null> {
	const key = normalise(text);
	if (!key) return { ok: true, value: null };
	const horizon = horizonWords[key];
	return horizon
		? { ok: true, value: horizon }
		: { ok: false, accepted: 'Kort sikt, Mellomlang sikt, Lang sikt' };
}

/** 40, "40", "40 %" and a cell formatted as a percentage holding 0.4 are all 40. */
export function parseProgress(cell: SheetCell): Parsed<number | null> {
	if (cell.number !== undefined) {
		const value = cell.percent ? Math.round(cell.number * 100) : cell.number;
		return Number.isInteger(value) && value >= 0 && value <= 100
			? { ok: true, value }
			: { ok: false, accepted: '0–100' };
	}
	const text = cell.text.replace('%', '').replace(',', '.').trim();
	if (!text) return { ok: true, value: null };
	const value = Number(text);
	return Number.isInteger(value) && value >= 0 && value <= 100
		? { ok: true, value }
		: { ok: false, accepted: '0–100' };
}

/** The parts of a list of organisations: "Verdal, Levanger og Frosta", one per line, with / or ;. */
export function splitNames(text: string): string[] {
	return text
		.split(/\s*(?:[,;/\n]|\bog\b|&)\s*/i)
		.map((part) => part.trim())
		.filter(Boolean);
}

const iso = (y: number, m: number, d: number) =>
	`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function validDate(y: number, m: number, d: number): string | null {
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return null;
	return iso(y, m, d);
}

const noDateWords = [
	'løpende',
	'fortløpende',
	'kontinuerlig',
	'pågående',
	'årlig',
	'hele perioden',
	'-',
	'–'
];

/**
 * A due date as people write it: a date cell, 30.06.2026, 30.6.26 or 2026-06-30; a period that
 * ends on its last day (juni 2026, 2. halvår 2025, 3. kvartal 2025, 2026), said in a note; and
 * words for no date at all (Løpende), which leave it empty with a note.
 */
export function parseDueDate(cell: SheetCell): Parsed<string | null> {
	if (cell.date) return { ok: true, value: cell.date };
	// "2. halvår 2025" reads as "2 halvår 2025"; the dots of 30.06.2026 stay.
	const text = cell.text
		.toLocaleLowerCase('nb')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/(\d)\. /g, '$1 ');
	if (!text) return { ok: true, value: null };
	const accepted = '30.06.2026, 30.6.26, 2026-06-30, juni 2026, 2. halvår 2025, Løpende';
	if (noDateWords.includes(text))
		return {
			ok: true,
			value: null,
			note: { key: 'import_note_no_date', params: { value: cell.text } }
		};
	const period = (value: string | null): Parsed<string | null> =>
		value
			? {
					ok: true,
					value,
					note: { key: 'import_note_period_end', params: { value: cell.text, date: value } }
				}
			: { ok: false, accepted };
	let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
	if (m) {
		const value = validDate(+m[1], +m[2], +m[3]);
		return value ? { ok: true, value } : { ok: false, accepted };
	}
	m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(text);
	if (m) {
		const value = validDate(fullYear(m[3]), +m[2], +m[1]);
		return value ? { ok: true, value } : { ok: false, accepted };
	}
	m = /^([a-zæøå]+) (\d{4})$/.exec(text);
	if (m) {
		const month = MONTHS.findIndex((name) => name === m![1] || name.slice(0, 3) === m![1]);
		if (month >= 0) return period(validDate(+m[2], month + 1, lastDay(+m[2], month + 1)));
	}
	m = /^(?:([12]) halvår|h([12])) (\d{4})$/.exec(text);
	if (m) {
		const half = Number(m[1] ?? m[2]);
		return period(validDate(+m[3], half * 6, lastDay(+m[3], half * 6)));
	}
	m = /^(?:([1-4]) kvartal|q([1-4])) (\d{4})$/.exec(text);
	if (m) {
		const quarter = Number(m[1] ?? m[2]);
		return period(validDate(+m[3], quarter * 3, lastDay(+m[3], quarter * 3)));
	}
	m = /^(\d{4})$/.exec(text);
	if (m) return period(validDate(+m[1], 12, 31));
	return { ok: false, accepted };
}
