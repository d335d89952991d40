import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededDatabase } from '../testing/database.ts';
import { statementDocx, statementOutline, statementPdf } from './export.ts';
import { getPublicStatement } from './queries.ts';
import { statement } from './schema.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
let pub: Awaited<ReturnType<typeof getPublicStatement>>;
beforeAll(async () => {
	env = await createSeededDatabase();
	const [ntp] = await env.db
		.select({ id: statement.id })
		.from(statement)
		.where(eq(statement.title, 'Innspill til Nasjonal transportplan 2025–2036'));
	pub = await getPublicStatement(await env.ctxAs(null), { id: ntp.id });
});
afterAll(() => env.database.drop());

describe('statement export', () => {
	it('lays out title, recipient, date, text and the endorsing partners with their decisions', () => {
		const outline = statementOutline(pub).map((l) => `${l.kind}: ${l.text}`);
		expect(outline.slice(0, 3)).toEqual([
			'title: Innspill til Nasjonal transportplan 2025–2036',
			'meta: Til: Samferdselsdepartementet',
			'meta: Dato: 22. mai 2023'
		]);
		expect(outline).toContain('section: To tog i timen på Trønderbanen');
		expect(outline).toContain(
			'paragraph: Innherredsbyen ber om at Trønderbanen får to tog i timen innen 2027.'
		);
		expect(outline).toContain(
			'item: Levanger kommune: slutter seg til (Formannskapet 22. mai 2023, sak Eksempel 13/23)'
		);
	});

	it('writes a DOCX whose document holds the text', async () => {
		const docx = await statementDocx(pub);
		const zip = await JSZip.loadAsync(docx);
		const xml = await zip.file('word/document.xml')!.async('string');
		expect(xml).toContain('Innspill til Nasjonal transportplan 2025–2036');
		expect(xml).toContain('Levanger kommune: slutter seg til');
	});

	it('writes a PDF', async () => {
		const pdf = await statementPdf(pub);
		expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
		expect(new TextDecoder('latin1').decode(pdf)).toContain('/Title');
		expect(pdf.byteLength).toBeGreaterThan(1_000);
	});
});
