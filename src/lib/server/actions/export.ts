import { actionFilter } from '../../schemas/action.ts';
import { allow, canImportProgramme } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { parseInput } from '../core/validate.ts';
import type { FileReply } from '../shared/files.ts';
import { tableFile, tableToCsv, tableToXlsx, XLSX_TYPE, type Cell } from '../shared/sheets.ts';
import { queryActions, type ActionListItem } from './queries.ts';

export interface ExportLabels {
	headers: [string, string, string, string, string, string, string, string, string];
	status: (status: string) => string;
	horizon: (horizon: string) => string;
	example: string;
}

function rowsOf(items: readonly ActionListItem[], labels: ExportLabels): (string | number)[][] {
	return items.map((item) => [
		item.code,
		item.title,
		item.themeName,
		item.leadName,
		labels.status(item.status),
		item.progress,
		labels.horizon(item.horizon),
		item.dueDate ?? '',
		item.isExample ? labels.example : ''
	]);
}

/** CSV with a BOM and semicolons, which is what Excel with Norwegian settings opens directly. */
export function actionsToCsv(items: readonly ActionListItem[], labels: ExportLabels): string {
	return tableToCsv(labels.headers, rowsOf(items, labels));
}

const exportWidths = [8, 60, 24, 20, 16, 10, 12, 12, 10];

/** The columns the importer reads, in the order of the template. */
export const importColumns = [
	'Kode',
	'Tittel',
	'Beskrivelse',
	'Tema',
	'Ansvarlig',
	'Medvirkende',
	'Mål',
	'Tidshorisont',
	'Status',
	'Framdrift',
	'Frist'
];

/** A programme sheet in the importer's layout: the template, and test files. */
export function programmeWorkbook(
	rows: Cell[][],
	headers: string[] = importColumns
): Promise<Uint8Array> {
	return tableToXlsx('Handlingsprogram', headers, rows, [8, 40, 40, 22, 22, 36, 8, 14, 14, 10, 12]);
}

export const importTemplateXlsx = () =>
	programmeWorkbook([
		[
			'HA01',
			'Eksempel: felles sykkelstrategi',
			'Kort beskrivelse',
			'Sykkel og gange',
			'Levanger kommune',
			'Verdal, Trøndelag fylkeskommune',
			'1, 5',
			'kort',
			'Pågår',
			40,
			'2026-06-30'
		]
	]);

const EXPORT_LIMIT = 5_000;

/**
 * The public list as a file (`format=xlsx`, else CSV), filtered as the page is; the labels are
 * the page's own, in the reader's language.
 */
export async function exportActions(
	ctx: Ctx,
	input: Record<string, unknown>,
	labels: ExportLabels
): Promise<FileReply> {
	const filter = parseInput(actionFilter, input);
	const { items } = await queryActions(ctx, { ...filter, limit: EXPORT_LIMIT, offset: 0 });
	return tableFile(input.format, 'handlingsprogram', {
		sheet: 'Handlingsprogram',
		header: labels.headers,
		rows: rowsOf(items, labels),
		widths: exportWidths
	});
}

/** The import template, for those who may import. */
export async function importTemplate(ctx: Ctx): Promise<FileReply> {
	allow(ctx, canImportProgramme);
	return {
		body: await importTemplateXlsx(),
		fileName: 'handlingsprogram-mal.xlsx',
		contentType: XLSX_TYPE
	};
}
