// From a spreadsheet's grid to the rows of an action programme: which column holds what, and
// each row with every problem found in it, named by row, column and value.
import { importFields, type ColumnField, type ImportField } from '../../schemas/import.ts';
import type { ActionStatus, Horizon } from '../../schemas/values.ts';
import { indexOrganisationsByName, normaliseOrganisationName } from '../partners/queries.ts';
import type { Organisation } from '../partners/schema.ts';
import type { Goal, Theme } from '../strategy/schema.ts';
import {
	normalise,
	parseCode,
	parseDueDate,
	parseHorizon,
	parseProgress,
	parseStatus,
	splitNames,
	type Note,
	type SheetCell
} from './import-values.ts';

/** The names people give each column, as `normalise` writes them. */
const synonyms: Record<ImportField, string[]> = {
	code: [
		'kode',
		'code',
		'nr',
		'nummer',
		'id',
		'ref',
		'referanse',
		'hp',
		'hp nr',
		'handlingspunkt nr'
	],
	title: ['tittel', 'title', 'handlingspunkt', 'tiltak', 'navn', 'overskrift', 'oppgave'],
	description: [
		'beskrivelse',
		'description',
		'kommentar',
		'merknad',
		'merknader',
		'innhold',
		'utdyping'
	],
	theme: ['tema', 'theme', 'temaområde', 'innsatsområde', 'område', 'fagområde'],
	lead: [
		'ansvarlig',
		'ansvar',
		'ansvarlig aktør',
		'ansvarlig part',
		'ansvarlig partner',
		'lead',
		'eier'
	],
	participants: [
		'medvirkende',
		'involverte',
		'deltakere',
		'samarbeidspartnere',
		'samarbeidspartner',
		'andre aktører',
		'bidragsytere',
		'participants'
	],
	goals: ['mål', 'goals', 'delmål', 'målnummer', 'hovedmål'],
	horizon: ['tidshorisont', 'horisont', 'tidsperspektiv', 'sikt', 'horizon'],
	status: ['status', 'tilstand'],
	progress: ['framdrift', 'fremdrift', 'progress', 'prosent', '%', 'framdrift %', 'fremdrift %'],
	due: ['frist', 'tidsfrist', 'due', 'due date', 'sluttdato', 'ferdig innen', 'tidspunkt', 'dato']
};

/** The field a column header names, by the user's own earlier choice first, then by synonym. */
export function fieldOfHeader(
	header: string,
	remembered: ReadonlyMap<string, ColumnField> = new Map()
): ColumnField | null {
	const key = normalise(header);
	if (!key) return null;
	const earlier = remembered.get(key);
	if (earlier) return earlier;
	for (const field of importFields) if (synonyms[field].includes(key)) return field;
	return null;
}

export interface ImportColumn {
	/** Position in the sheet, 0 for column A. */
	index: number;
	header: string;
	field: ColumnField;
}

/** Every column of the header row that has a header, with the field it maps to. */
export function detectColumns(
	header: readonly SheetCell[],
	remembered: ReadonlyMap<string, ColumnField>
): ImportColumn[] {
	const taken = new Set<ColumnField>();
	return header.flatMap((cell, index) => {
		if (!cell.text) return [];
		let field = fieldOfHeader(cell.text, remembered) ?? 'ignore';
		// A field is read from one column: a second column of the same name is left out.
		if (field !== 'ignore' && taken.has(field)) field = 'ignore';
		taken.add(field);
		return [{ index, header: cell.text, field }];
	});
}

/** The spreadsheet letter of a column: A, B, …, AA. */
export function columnLetter(index: number): string {
	let n = index + 1;
	let out = '';
	while (n > 0) {
		out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
		n = Math.floor((n - 1) / 26);
	}
	return out;
}

/** A problem of one row: a message key and its parameters (row, column, value, what would do). */
export interface RowProblem {
	key: string;
	params?: Record<string, string>;
}

/**
 * What the user decided in the preview about names that matched nothing: an unknown theme is
 * created or read as an existing one; an unknown organisation is added (as a partner or an
 * external actor) or read as an existing one.
 */
export interface Settlements {
	themes: Record<string, 'new' | number>;
	organisations: Record<string, 'partner' | 'external' | number>;
}

export interface ImportRow {
	row: number;
	code: string;
	title: string;
	description: string;
	themeName: string;
	themeId: number | null;
	leadName: string;
	leadOrganisationId: number | null;
	participantNames: string[];
	participantIds: number[];
	goalIds: number[];
	horizon: Horizon | null;
	status: ActionStatus | null;
	progress: number | null;
	dueDate: string | null;
	problems: RowProblem[];
	notes: Note[];
}

export interface Lookups {
	organisations: readonly Organisation[];
	themes: readonly Theme[];
	goals: readonly Goal[];
}

/** Words that stand for a group of organisations, and who is in it. */
function groupOf(name: string, organisations: readonly Organisation[]): Organisation[] | null {
	const key = normalise(name);
	if (['kommunene', 'alle kommunene', 'alle kommuner', 'kommunane'].includes(key))
		return organisations.filter((o) => o.kind === 'kommune' && o.active);
	if (['alle partnere', 'alle parter', 'alle', 'partnerskapet', 'alle partnerne'].includes(key))
		return organisations.filter((o) => o.membership === 'signatory' && o.active);
	return null;
}

export interface ParsedSheet {
	rows: ImportRow[];
	/** Names that matched no theme or organisation, each once, in the order met. */
	unknownThemes: string[];
	unknownOrganisations: string[];
}

/** Reads every row below the header with the columns as mapped and the user's settlements. */
export function parseRows(
	grid: readonly (readonly SheetCell[])[],
	headerRow: number,
	columns: readonly ImportColumn[],
	lookups: Lookups,
	settlements: Settlements
): ParsedSheet {
	const columnOf = new Map(columns.filter((c) => c.field !== 'ignore').map((c) => [c.field, c]));
	const orgs = indexOrganisationsByName(lookups.organisations);
	const orgById = new Map(lookups.organisations.map((o) => [o.id, o]));
	const themes = new Map<string, Theme>();
	for (const t of lookups.themes) {
		themes.set(normalise(t.name), t);
		themes.set(t.slug, t);
	}
	const themeById = new Map(lookups.themes.map((t) => [t.id, t]));
	const goalsByNumber = new Map(lookups.goals.map((g) => [String(g.number), g]));
	const unknownThemes = new Set<string>();
	const unknownOrganisations = new Set<string>();
	const seen = new Map<string, number>();
	const rows: ImportRow[] = [];

	for (let r = headerRow + 1; r < grid.length; r++) {
		const line = grid[r];
		const cell = (field: ImportField): SheetCell => {
			const column = columnOf.get(field);
			return (column && line[column.index]) || { text: '' };
		};
		if (columns.every((c) => !line[c.index]?.text)) continue;
		const problems: RowProblem[] = [];
		const notes: Note[] = [];
		const rowNumber = r + 1;
		const at = (field: ImportField, value: string) => ({
			row: String(rowNumber),
			column: columnOf.get(field)
				? `${columnLetter(columnOf.get(field)!.index)} «${columnOf.get(field)!.header}»`
				: field,
			value: value || '–'
		});

		const codeText = cell('code').text;
		let code = '';
		if (!codeText) problems.push({ key: 'import_problem_missing_code', params: at('code', '') });
		else {
			const parsed = parseCode(codeText);
			if (!parsed.ok)
				problems.push({
					key: 'import_problem_bad_value',
					params: { ...at('code', codeText), accepted: parsed.accepted }
				});
			else if (seen.has(parsed.value))
				problems.push({
					key: 'import_problem_duplicate_code',
					params: { ...at('code', codeText), first: String(seen.get(parsed.value)) }
				});
			else {
				code = parsed.value;
				seen.set(code, rowNumber);
			}
		}

		const title = cell('title').text;
		if (!title) problems.push({ key: 'import_problem_missing_title', params: at('title', '') });
		else if (title.length > 300)
			problems.push({ key: 'import_problem_title_long', params: at('title', title.slice(0, 40)) });

		const themeName = cell('theme').text;
		let themeId: number | null = null;
		if (!themeName) problems.push({ key: 'import_problem_missing_theme', params: at('theme', '') });
		else {
			const found = themes.get(normalise(themeName)) ?? themes.get(themeName);
			const settled = settlements.themes[themeName];
			if (found) themeId = found.id;
			else if (typeof settled === 'number' && themeById.has(settled)) themeId = settled;
			else if (settled !== 'new') {
				unknownThemes.add(themeName);
				problems.push({
					key: 'import_problem_unknown_theme',
					params: {
						...at('theme', themeName),
						accepted: lookups.themes.map((t) => t.name).join(', ')
					}
				});
			}
		}

		/** An organisation by name: a known one, one settled in the preview, or null (unknown). */
		const organisationFor = (name: string, field: ImportField): number | 'new' | null => {
			const found = orgs.get(normaliseOrganisationName(name));
			if (found) return found.id;
			const settled = settlements.organisations[name];
			if (typeof settled === 'number' && orgById.has(settled)) return settled;
			if (settled === 'partner' || settled === 'external') return 'new';
			unknownOrganisations.add(name);
			problems.push({
				key: 'import_problem_unknown_organisation',
				params: {
					...at(field, name),
					accepted: lookups.organisations.map((o) => o.shortName).join(', ')
				}
			});
			return null;
		};

		const leadName = cell('lead').text;
		let leadOrganisationId: number | null = null;
		if (!leadName) problems.push({ key: 'import_problem_missing_lead', params: at('lead', '') });
		else if (groupOf(leadName, lookups.organisations))
			problems.push({ key: 'import_problem_lead_group', params: at('lead', leadName) });
		else {
			const lead = organisationFor(leadName, 'lead');
			if (typeof lead === 'number') leadOrganisationId = lead;
		}

		const participantIds: number[] = [];
		const participantNames: string[] = [];
		for (const name of splitNames(cell('participants').text)) {
			const group = groupOf(name, lookups.organisations);
			if (group) {
				for (const org of group) if (!participantIds.includes(org.id)) participantIds.push(org.id);
				notes.push({
					key: 'import_note_group',
					params: { value: name, count: String(group.length) }
				});
				continue;
			}
			const org = organisationFor(name, 'participants');
			if (typeof org === 'number') {
				if (!participantIds.includes(org)) participantIds.push(org);
			} else if (org === 'new') participantNames.push(name);
		}

		const goalIds: number[] = [];
		for (const number of cell('goals')
			.text.split(/[,;\s]+/)
			.map((n) => n.replace(/^mål/i, ''))
			.filter(Boolean)) {
			const goal = goalsByNumber.get(number);
			if (!goal)
				problems.push({
					key: 'import_problem_bad_value',
					params: { ...at('goals', number), accepted: [...goalsByNumber.keys()].join(', ') }
				});
			else if (!goalIds.includes(goal.id)) goalIds.push(goal.id);
		}

		const read = <T>(
			field: ImportField,
			parsed:
				| ReturnType<typeof parseStatus>
				| { ok: true; value: T; note?: Note }
				| { ok: false; accepted: string }
		) => {
			if (parsed.ok) {
				if (parsed.note) notes.push(parsed.note);
				return parsed.value as T;
			}
			problems.push({
				key: 'import_problem_bad_value',
				params: { ...at(field, cell(field).text), accepted: parsed.accepted }
			});
			return null;
		};
		const horizon = read<Horizon | null>('horizon', parseHorizon(cell('horizon').text));
		const status = read<ActionStatus | null>('status', parseStatus(cell('status').text));
		const progress = read<number | null>('progress', parseProgress(cell('progress')));
		const dueDate = read<string | null>('due', parseDueDate(cell('due')));

		rows.push({
			row: rowNumber,
			code,
			title,
			description: cell('description').text,
			themeName,
			themeId,
			leadName,
			leadOrganisationId,
			participantNames,
			participantIds: participantIds.filter((id) => id !== leadOrganisationId),
			goalIds,
			horizon,
			status,
			progress,
			dueDate,
			problems,
			notes
		});
	}
	return {
		rows,
		unknownThemes: [...unknownThemes],
		unknownOrganisations: [...unknownOrganisations]
	};
}
