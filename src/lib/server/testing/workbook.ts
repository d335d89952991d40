import ExcelJS from 'exceljs';

export const importHeaders = [
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

/** Builds an XLSX action programme from rows of cell values, for tests. */
export async function buildWorkbook(
	rows: (string | number | Date | null)[][],
	headers = importHeaders
): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Handlingsprogram');
	sheet.addRow(headers);
	for (const row of rows) sheet.addRow(row);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
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
