import { importColumns, programmeWorkbook } from '../actions/export.ts';

/** Builds an XLSX action programme from rows of cell values, for tests. */
export async function buildWorkbook(
	rows: (string | number | Date | null)[][],
	headers = importColumns
): Promise<Uint8Array> {
	return new Uint8Array(await programmeWorkbook(rows, headers));
}

export const goodRows: (string | number | Date | null)[][] = [
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
