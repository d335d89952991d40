// Lists as spreadsheets: CSV that Excel with Norwegian settings opens directly, and XLSX.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { FileReply } from './files.ts';

export type Cell = string | number | Date | null;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A text cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return before one) gets a leading apostrophe, so it is shown as the text it is.
 */
export function neutraliseCell<T>(cell: T): T | string {
	return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** CSV with a BOM and semicolons; every cell neutralised. */
export function tableToCsv(header: readonly Cell[], rows: readonly Cell[][]): string {
	const all = [header, ...rows].map((row) => row.map(neutraliseCell));
	return '\uFEFF' + stringify(all, { delimiter: ';', record_delimiter: '\r\n' });
}

/** One sheet with a bold, frozen heading row and the given column widths. */
export async function tableToXlsx(
	sheetName: string,
	header: readonly Cell[],
	rows: readonly Cell[][],
	widths: readonly number[]
): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Samstemt';
	const sheet = workbook.addWorksheet(sheetName);
	sheet.addRow([...header]).font = { bold: true };
	for (const row of rows) sheet.addRow(row);
	sheet.columns.forEach((column, i) => (column.width = widths[i] ?? 12));
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A list as a download: XLSX when asked for, else CSV, named with today's date. */
export async function tableFile(
	format: unknown,
	name: string,
	table: {
		sheet: string;
		header: readonly Cell[];
		rows: readonly Cell[][];
		widths: readonly number[];
	}
): Promise<FileReply> {
	const stamp = new Date().toISOString().slice(0, 10);
	if (format === 'xlsx')
		return {
			body: await tableToXlsx(table.sheet, table.header, table.rows, table.widths),
			fileName: `${name}-${stamp}.xlsx`,
			contentType: XLSX_TYPE
		};
	return {
		body: tableToCsv(table.header, table.rows),
		fileName: `${name}-${stamp}.csv`,
		contentType: 'text/csv; charset=utf-8'
	};
}
