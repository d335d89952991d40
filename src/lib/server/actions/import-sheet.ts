// Reading an uploaded spreadsheet safely, and finding its table wherever the header row is.
import ExcelJS from 'exceljs';
import { Unzip, UnzipInflate } from 'fflate';
import { ValidationError } from '../core/errors.ts';
import { normalise, type SheetCell } from './import-values.ts';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** What the file may hold once unpacked: a real programme is well under a megabyte. */
export const MAX_INFLATED_BYTES = 40 * 1024 * 1024;
export const MAX_ROWS = 2_000;
export const MAX_COLUMNS = 60;
/** How far down the header row is looked for (title rows, notes, blank rows above it). */
const HEADER_SEARCH_ROWS = 30;

/** A file the importer cannot read: a message next to the file field. */
export const fileProblem = (key: string, params?: Record<string, string>) =>
	new ValidationError({ file: params ? `${key}|${JSON.stringify(params)}` : key });

/**
 * Unpacks the file in a stream, counting what comes out, and stops as soon as it would be more
 * than `MAX_INFLATED_BYTES`: a small file that unpacks into gigabytes (a zip bomb) is refused
 * before the spreadsheet parser sees it, and without the memory growing.
 */
function assertInflatedSizeWithin(bytes: Uint8Array, limit: number) {
	let total = 0;
	let tooLarge = false;
	let broken = false;
	const unzip = new Unzip((file) => {
		file.ondata = (err, chunk) => {
			if (err) broken = true;
			total += chunk?.length ?? 0;
			if (total > limit && !tooLarge) {
				tooLarge = true;
				file.terminate();
			}
		};
		if (!tooLarge) file.start();
	});
	unzip.register(UnzipInflate);
	try {
		for (let offset = 0; offset < bytes.length && !tooLarge; offset += 64 * 1024)
			unzip.push(bytes.subarray(offset, offset + 64 * 1024), offset + 64 * 1024 >= bytes.length);
	} catch {
		broken = true;
	}
	if (tooLarge) throw fileProblem('import_error_inflated_too_large');
	if (broken) throw fileProblem('import_error_not_xlsx');
}

/** Reads the first worksheet, refusing what is not an XLSX file, too large or empty. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
	if (!bytes.byteLength) throw fileProblem('import_error_empty');
	if (bytes.byteLength > MAX_IMPORT_BYTES) throw fileProblem('import_error_too_large');
	// Every XLSX file is a ZIP archive: check the signature before anything else.
	if (
		bytes.byteLength < 4 ||
		bytes[0] !== 0x50 ||
		bytes[1] !== 0x4b ||
		bytes[2] !== 0x03 ||
		bytes[3] !== 0x04
	)
		throw fileProblem('import_error_not_xlsx');
	assertInflatedSizeWithin(bytes, MAX_INFLATED_BYTES);
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
	} catch {
		throw fileProblem('import_error_not_xlsx');
	}
	const sheet = workbook.worksheets[0];
	if (!sheet || sheet.actualRowCount === 0) throw fileProblem('import_error_empty');
	if (sheet.rowCount > MAX_ROWS + HEADER_SEARCH_ROWS || sheet.columnCount > MAX_COLUMNS)
		throw fileProblem('import_error_too_many_cells', {
			rows: String(MAX_ROWS),
			columns: String(MAX_COLUMNS)
		});
	return sheet;
}

function textOf(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('richText' in value)
			return value.richText
				.map((r) => r.text)
				.join('')
				.trim();
		if ('text' in value) return String(value.text).trim();
		if ('result' in value) return textOf(value.result as ExcelJS.CellValue);
		return '';
	}
	return String(value).trim();
}

/** A cell as the importer keeps it; a merged cell reads as the cell it was merged into. */
function cellOf(cell: ExcelJS.Cell): SheetCell {
	const source = cell.isMerged && cell.master ? cell.master : cell;
	const value =
		source.value && typeof source.value === 'object' && 'result' in source.value
			? (source.value.result as ExcelJS.CellValue)
			: source.value;
	const out: SheetCell = { text: textOf(value) };
	if (value instanceof Date) out.date = value.toISOString().slice(0, 10);
	if (typeof value === 'number') {
		out.number = value;
		if (source.numFmt?.includes('%')) out.percent = true;
	}
	return out;
}

/** The sheet as rows of cells, blank rows kept so that row numbers match the spreadsheet's. */
export function gridOf(sheet: ExcelJS.Worksheet): SheetCell[][] {
	const grid: SheetCell[][] = [];
	const width = Math.min(sheet.columnCount, MAX_COLUMNS);
	for (let r = 1; r <= sheet.rowCount; r++) {
		const row = sheet.getRow(r);
		const cells: SheetCell[] = [];
		for (let c = 1; c <= width; c++) cells.push(cellOf(row.getCell(c)));
		grid.push(cells);
	}
	while (grid.length && grid[grid.length - 1].every((c) => !c.text)) grid.pop();
	return grid;
}

/**
 * The header row: of the first rows, the one whose cells name the most known columns (at least
 * two, among them the code or the title). Title rows, notes and blank rows above it are passed by.
 */
export function findHeaderRow(
	grid: SheetCell[][],
	fieldOf: (header: string) => string | null
): number | null {
	let best: { index: number; score: number } | null = null;
	for (let i = 0; i < Math.min(grid.length, HEADER_SEARCH_ROWS); i++) {
		const fields = grid[i].map((cell) => fieldOf(normalise(cell.text)));
		const score = fields.filter(Boolean).length;
		const anchored = fields.includes('code') || fields.includes('title');
		if (anchored && score >= 2 && (!best || score > best.score)) best = { index: i, score };
	}
	return best?.index ?? null;
}
