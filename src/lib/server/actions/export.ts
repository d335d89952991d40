import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { ActionListItem } from './queries.ts';

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
	return (
		'\uFEFF' +
		stringify([labels.headers, ...rowsOf(items, labels)], {
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

function toArrayBuffer(buffer: ExcelJS.Buffer): ArrayBuffer {
	return new Uint8Array(buffer).buffer as ArrayBuffer;
}
