import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { actionFilter } from '../../schemas/action.ts';
import { allow, canImportProgramme } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { parseInput } from '../core/validate.ts';
import type { FileReply } from '../shared/files.ts';
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

/**
 * A text cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return before one) gets a leading apostrophe, so it is shown as the text it is.
 */
export function neutraliseCell<T>(cell: T): T | string {
	return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** CSV with a BOM and semicolons, which is what Excel with Norwegian settings opens directly. */
export function actionsToCsv(items: readonly ActionListItem[], labels: ExportLabels): string {
	const rows = [labels.headers, ...rowsOf(items, labels)].map((row) => row.map(neutraliseCell));
	return (
		'\uFEFF' +
		stringify(rows, {
			delimiter: ';',
			record_delimiter: '\r\n'
		})
	);
}

export async function actionsToXlsx(
	items: readonly ActionListItem[],
	labels: ExportLabels
): Promise<ArrayBuffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Samstemt';
	const sheet = workbook.addWorksheet('Handlingsprogram');
	sheet.addRow(labels.headers).font = { bold: true };
	for (const row of rowsOf(items, labels)) sheet.addRow(row);
	sheet.columns.forEach((column, i) => (column.width = [8, 60, 24, 20, 16, 10, 12, 12, 10][i]));
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	return toArrayBuffer(await workbook.xlsx.writeBuffer());
}

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

type Cell = string | number | Date | null;

/** A programme sheet in the importer's layout: the template, and test files. */
export async function programmeWorkbook(
	rows: Cell[][],
	headers: string[] = importColumns
): Promise<ArrayBuffer> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Handlingsprogram');
	sheet.addRow(headers).font = { bold: true };
	for (const row of rows) sheet.addRow(row);
	sheet.columns.forEach(
		(column, i) => (column.width = [8, 40, 40, 22, 22, 36, 8, 14, 14, 10, 12][i] ?? 12)
	);
	return toArrayBuffer(await workbook.xlsx.writeBuffer());
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
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
	const stamp = new Date().toISOString().slice(0, 10);
	if (input.format === 'xlsx')
		return {
			body: new Uint8Array(await actionsToXlsx(items, labels)),
			fileName: `handlingsprogram-${stamp}.xlsx`,
			contentType: xlsxType
		};
	return {
		body: actionsToCsv(items, labels),
		fileName: `handlingsprogram-${stamp}.csv`,
		contentType: 'text/csv; charset=utf-8'
	};
}

/** The import template, for those who may import. */
export async function importTemplate(ctx: Ctx): Promise<FileReply> {
	allow(ctx, canImportProgramme);
	return {
		body: new Uint8Array(await importTemplateXlsx()),
		fileName: 'handlingsprogram-mal.xlsx',
		contentType: xlsxType
	};
}

function toArrayBuffer(buffer: ExcelJS.Buffer): ArrayBuffer {
	return new Uint8Array(buffer).buffer as ArrayBuffer;
}
