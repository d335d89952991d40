import ExcelJS from 'exceljs';
import { importColumns, programmeWorkbook } from '../actions/export.ts';
import type { Cell } from '../shared/sheets.ts';

/** Builds an XLSX action programme from rows of cell values, for tests. */
export async function buildWorkbook(rows: Cell[][], headers = importColumns): Promise<Uint8Array> {
	return new Uint8Array(await programmeWorkbook(rows, headers));
}

/** A sheet exactly as given, title rows and blank rows included; `merge` merges ranges like A1:D1. */
export async function buildSheet(rows: Cell[][], merge: string[] = []): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Handlingsprogram');
	rows.forEach((row, i) => {
		const line = sheet.getRow(i + 1);
		row.forEach((value, c) => {
			if (value !== null) line.getCell(c + 1).value = value;
		});
	});
	for (const range of merge) sheet.mergeCells(range);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const goodRows: Cell[][] = [
	[
		'HA01',
		'Felles sykkelstrategi',
		'Revidert strategi',
		'Sykkel og gange',
		'Levanger kommune',
		'Verdal, Trøndelag fylkeskommune',
		'1, 5',
		'kort',
		'Pågår',
		40,
		new Date('2025-06-30T00:00:00Z')
	],
	[
		'HA02',
		'Mobilitetsplan',
		'',
		'kollektiv',
		'trøndelag fylke',
		'AtB',
		'5',
		'Mellomlang',
		'Ikke startet',
		'',
		'31.12.2026'
	],
	[
		'HA03',
		'Byvekstavtale',
		'Posisjonering',
		'Finansiering og avtaler',
		'kommune Steinkjer',
		'',
		'',
		'lang',
		'',
		'0%',
		'2027-01-15'
	]
];
