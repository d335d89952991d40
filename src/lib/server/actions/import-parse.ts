import ExcelJS from 'exceljs';
import { ACTION_CODE } from '../../schemas/common.ts';
import { actionStatuses, horizons, type ActionStatus, type Horizon } from '../../schemas/values.ts';
import { ValidationError } from '../core/errors.ts';
import { indexOrganisationsByName, normaliseOrganisationName } from '../partners/queries.ts';
import type { Organisation } from '../partners/schema.ts';
import type { Goal, Theme } from '../strategy/schema.ts';

/** A file the importer cannot read: a message next to the file field. */
const fileProblem = (key: string) => new ValidationError({ file: key });

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A problem found in one row: a message key and its parameters. */
export interface RowProblem {
	key: string;
	params?: Record<string, string>;
}

export interface ImportRow {
	row: number;
	code: string;
	title: string;
	description: string;
	themeId: number | null;
	themeName: string;
	leadOrganisationId: number | null;
	leadName: string;
	participantIds: number[];
	goalIds: number[];
	horizon: Horizon;
	status: ActionStatus;
	progress: number;
	dueDate: string | null;
	problems: RowProblem[];
}

const columns = {
	code: ['kode', 'code'],
	title: ['tittel', 'title'],
	description: ['beskrivelse', 'description'],
	theme: ['tema', 'theme'],
	lead: ['ansvarlig', 'lead'],
	participants: ['medvirkende', 'participants'],
	goals: ['mål', 'goals'],
	horizon: ['tidshorisont', 'horisont', 'horizon'],
	status: ['status'],
	progress: ['framdrift', 'fremdrift', 'progress'],
	due: ['frist', 'due', 'due date']
} as const;
type Column = keyof typeof columns;

const horizonWords: Record<string, Horizon> = {
	kort: 'short',
	'kort sikt': 'short',
	mellomlang: 'medium',
	'mellomlang sikt': 'medium',
	lang: 'long',
	'lang sikt': 'long'
};
const statusWords: Record<string, ActionStatus> = {
	'ikke startet': 'not_started',
	pågår: 'in_progress',
	forsinket: 'delayed',
	fullført: 'done',
	stanset: 'stopped'
};

function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('richText' in value)
			return value.richText
				.map((r) => r.text)
				.join('')
				.trim();
		if ('text' in value) return String(value.text).trim();
		if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
		return '';
	}
	return String(value).trim();
}

function parseDate(value: ExcelJS.CellValue): string | null | undefined {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	const text = cellText(value);
	if (!text) return null;
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const nb = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
	const [y, m, d] = iso
		? [iso[1], iso[2], iso[3]]
		: nb
			? [nb[3], nb[2].padStart(2, '0'), nb[1].padStart(2, '0')]
			: [];
	if (!y) return undefined;
	const candidate = `${y}-${m}-${d}`;
	const date = new Date(`${candidate}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === candidate
		? candidate
		: undefined;
}

/** Reads the first worksheet; throws a ValidationError on the file field when the file is not a readable XLSX. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
	if (bytes.byteLength > MAX_IMPORT_BYTES) throw fileProblem('import_error_too_large');
	// Every XLSX file is a ZIP archive: check the signature before handing it to the parser.
	if (
		bytes.byteLength < 4 ||
		bytes[0] !== 0x50 ||
		bytes[1] !== 0x4b ||
		bytes[2] !== 0x03 ||
		bytes[3] !== 0x04
	) {
		throw fileProblem('import_error_not_xlsx');
	}
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
	} catch {
		throw fileProblem('import_error_not_xlsx');
	}
	const sheet = workbook.worksheets[0];
	if (!sheet || sheet.rowCount < 2) throw fileProblem('import_error_empty');
	return sheet;
}

export interface Lookups {
	organisations: readonly Organisation[];
	themes: readonly Theme[];
	goals: readonly Goal[];
}

/** Turns the sheet into rows, each with every problem found in it. */
export function parseProgrammeSheet(sheet: ExcelJS.Worksheet, lookups: Lookups): ImportRow[] {
	const header = new Map<Column, number>();
	sheet.getRow(1).eachCell((cell, col) => {
		const name = cellText(cell.value).toLocaleLowerCase('nb');
		for (const [key, names] of Object.entries(columns) as [Column, readonly string[]][]) {
			if (names.includes(name)) header.set(key, col);
		}
	});
	if (!header.has('code') || !header.has('title')) throw fileProblem('import_error_headers');

	const orgs = indexOrganisationsByName(lookups.organisations);
	const themes = new Map<string, Theme>();
	for (const t of lookups.themes) {
		themes.set(t.name.toLocaleLowerCase('nb'), t);
		themes.set(t.slug, t);
	}
	const goalsByNumber = new Map(lookups.goals.map((g) => [String(g.number), g]));
	const seen = new Map<string, number>();
	const rows: ImportRow[] = [];

	for (let r = 2; r <= sheet.rowCount; r++) {
		const line = sheet.getRow(r);
		const raw = (c: Column) => (header.has(c) ? line.getCell(header.get(c)!).value : null);
		const text = (c: Column) => cellText(raw(c));
		if (Object.keys(columns).every((c) => text(c as Column) === '')) continue;
		const problems: RowProblem[] = [];
		const code = text('code').toUpperCase().replace(/\s+/g, '');
		if (!code) problems.push({ key: 'import_problem_missing_code' });
		else if (!ACTION_CODE.test(code))
			problems.push({ key: 'import_problem_bad_code', params: { value: code } });
		else if (seen.has(code))
			problems.push({
				key: 'import_problem_duplicate_code',
				params: { value: code, row: String(seen.get(code)) }
			});
		else seen.set(code, r);
		const title = text('title');
		if (!title) problems.push({ key: 'import_problem_missing_title' });
		else if (title.length > 300) problems.push({ key: 'import_problem_title_long' });

		const themeName = text('theme');
		const theme = themes.get(themeName.toLocaleLowerCase('nb'));
		if (!theme)
			problems.push({ key: 'import_problem_unknown_theme', params: { value: themeName || '–' } });

		const leadName = text('lead');
		const lead = orgs.get(normaliseOrganisationName(leadName));
		if (!lead)
			problems.push({ key: 'import_problem_unknown_partner', params: { value: leadName || '–' } });
		const participantIds: number[] = [];
		for (const name of text('participants')
			.split(/[,;\n]/)
			.map((s) => s.trim())
			.filter(Boolean)) {
			const org = orgs.get(normaliseOrganisationName(name));
			if (!org) problems.push({ key: 'import_problem_unknown_partner', params: { value: name } });
			else if (org.id !== lead?.id && !participantIds.includes(org.id)) participantIds.push(org.id);
		}
		const goalIds: number[] = [];
		for (const number of text('goals')
			.split(/[,;\s]+/)
			.filter(Boolean)) {
			const goal = goalsByNumber.get(number.replace(/^mål\s*/i, ''));
			if (!goal) problems.push({ key: 'import_problem_unknown_goal', params: { value: number } });
			else if (!goalIds.includes(goal.id)) goalIds.push(goal.id);
		}

		const horizonText = text('horizon').toLocaleLowerCase('nb');
		const horizon =
			horizonWords[horizonText] ?? (horizons as readonly string[]).find((h) => h === horizonText);
		if (horizonText && !horizon)
			problems.push({ key: 'import_problem_bad_horizon', params: { value: horizonText } });
		const statusText = text('status').toLocaleLowerCase('nb');
		const status =
			statusWords[statusText] ??
			(actionStatuses as readonly string[]).find((s) => s === statusText);
		if (statusText && !status)
			problems.push({ key: 'import_problem_bad_status', params: { value: statusText } });
		const progressText = text('progress').replace('%', '').trim();
		const progress = progressText === '' ? 0 : Number(progressText);
		if (!Number.isInteger(progress) || progress < 0 || progress > 100)
			problems.push({ key: 'import_problem_bad_progress', params: { value: progressText } });
		const dueDate = parseDate(raw('due'));
		if (dueDate === undefined)
			problems.push({ key: 'import_problem_bad_date', params: { value: text('due') } });

		rows.push({
			row: r,
			code,
			title,
			description: text('description'),
			themeId: theme?.id ?? null,
			themeName: theme?.name ?? themeName,
			leadOrganisationId: lead?.id ?? null,
			leadName: lead?.shortName ?? leadName,
			participantIds,
			goalIds,
			horizon: (horizon as Horizon | undefined) ?? 'medium',
			status: (status as ActionStatus | undefined) ?? 'not_started',
			progress: Number.isInteger(progress) ? progress : 0,
			dueDate: dueDate ?? null,
			problems
		});
	}
	if (!rows.length) throw fileProblem('import_error_empty');
	return rows;
}
