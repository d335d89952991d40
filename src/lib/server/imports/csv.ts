// CSV files as people export them (from Facebook's insights, Excel, a counter's web page): comma
// or semicolon, quoted or not, a byte-order mark or none. Read with csv-parse, within limits, into
// a header and rows of text; columns are matched to fields by the names people use.
import { parse } from 'csv-parse/sync';
import { ValidationError } from '../core/errors.ts';
import { normalise } from '../actions/import-values.ts';

export const MAX_CSV_BYTES = 2 * 1024 * 1024;
export const MAX_CSV_ROWS = 10_000;

export interface CsvTable {
	header: string[];
	rows: string[][];
}

/** The delimiter the first line uses most: `;` from Norwegian Excel, `,` elsewhere. */
function delimiterOf(text: string) {
	const first = text.split(/\r?\n/, 1)[0];
	const count = (c: string) => first.split(c).length - 1;
	return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

export function readCsv(content: Uint8Array): CsvTable {
	if (!content.byteLength) throw new ValidationError({ file: 'document_error_empty' });
	if (content.byteLength > MAX_CSV_BYTES) throw new ValidationError({ file: 'csv_error_size' });
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(content);
	} catch {
		// Old Excel saves Windows-1252; read it as Latin-1, which covers the Norwegian letters.
		text = new TextDecoder('latin1').decode(content);
	}
	if (text.includes('\u0000')) throw new ValidationError({ file: 'csv_error_not_csv' });
	let records: string[][];
	try {
		records = parse(text, {
			bom: true,
			delimiter: delimiterOf(text),
			relax_column_count: true,
			skip_empty_lines: true,
			trim: true,
			to: MAX_CSV_ROWS + 2
		});
	} catch {
		throw new ValidationError({ file: 'csv_error_not_csv' });
	}
	if (records.length < 2) throw new ValidationError({ file: 'csv_error_no_rows' });
	if (records.length > MAX_CSV_ROWS + 1) throw new ValidationError({ file: 'csv_error_rows' });
	const [header, ...rows] = records;
	if (header.length > 60) throw new ValidationError({ file: 'csv_error_not_csv' });
	return {
		header: header.map((h) => h.slice(0, 200)),
		rows: rows.map((r) => r.map((c) => c.slice(0, 500)))
	};
}

/** Each field's column: the first whose name is one of the field's names, or null. */
export function guessMapping(header: string[], fields: Record<string, string[]>) {
	const names = header.map(normalise);
	return Object.fromEntries(
		Object.entries(fields).map(([field, words]) => {
			const index = names.findIndex((name) => words.includes(name));
			return [field, index >= 0 ? index : null];
		})
	) as Record<string, number | null>;
}

/** A whole number as people write it: "1 234", "1234", "1.234" (thousands), "1 234,0". */
export function parseCount(text: string): number | null | undefined {
	const cleaned = text.replace(/[\s\u00a0]/g, '').replace(/,0+$/, '');
	if (cleaned === '' || cleaned === '-') return null;
	const digits = /^\d{1,3}(\.\d{3})+$/.test(cleaned) ? cleaned.replace(/\./g, '') : cleaned;
	if (!/^\d{1,10}$/.test(digits)) return undefined;
	const value = Number(digits);
	return value <= 1_000_000_000 ? value : undefined;
}
