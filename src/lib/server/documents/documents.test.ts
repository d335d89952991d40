import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ConflictError,
	ForbiddenError,
	LoginRequiredError,
	NotFoundError,
	ValidationError
} from '../core/errors.ts';
import { createMatter } from '../matters/commands.ts';
import { getMatterPage, getPublicMatter } from '../matters/queries.ts';
import { getSearchPage } from '../search/queries.ts';
import { outlinePdf } from '../shared/documents.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { addDocumentVersion, createDocument, removeDocument, updateDocument } from './commands.ts';
import { libraryDocument, libraryDocumentVersion } from './schema.ts';
import {
	getDocumentAdmin,
	getDocumentFile,
	getDocumentPage,
	getDocumentsAdmin,
	getDocumentsPage
} from './queries.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;

beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(() => env.database.drop());

const pdfOf = async (text: string) =>
	new Uint8Array(await outlinePdf([{ kind: 'paragraph', text }], 'Prøve'));
const docxOf = async (text: string) =>
	new Uint8Array(
		await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }))
	);
const fields = (over: Record<string, unknown> = {}) => ({
	title: 'Kollektivanalyse for Innherred',
	kind: 'report',
	issuedOn: '2025-03-01',
	description: '',
	isPublic: 'on',
	actionCodes: 'HA23',
	...over
});

async function errorsOf(work: Promise<unknown>): Promise<Record<string, string>> {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fields;
}

const publicSearch = async (q: string) =>
	(await getSearchPage(await env.ctxAs(null), { q })).result?.hits.map((h) => h.title) ?? [];

describe('the document library', () => {
	it('reads the text of a PDF and a DOCX at upload, for the search, and keeps every version', async () => {
		const staff = await env.ctxAs('sekretariat');
		const created = await createDocument(staff, {
			...fields(),
			file: {
				name: 'analyse.pdf',
				type: 'application/pdf',
				content: await pdfOf('Xylobussene til Værnes')
			}
		});
		expect(await publicSearch('xylobussene')).toEqual(['Kollektivanalyse for Innherred']);

		// A new version in Word: its words are found, the old version's are not, both can be read.
		await addDocumentVersion(staff, {
			id: created.id,
			version: created.version,
			note: 'Oppdatert med høringsinnspill',
			file: {
				name: 'analyse-v2.docx',
				type: '',
				content: await docxOf('Xylotaxi i Snåsa')
			}
		});
		expect(await publicSearch('xylotaxi')).toEqual(['Kollektivanalyse for Innherred']);
		expect(await publicSearch('xylobussene')).toEqual([]);
		const page = await getDocumentPage(await env.ctxAs(null), { id: String(created.id) });
		expect(page.versions.map((v) => [v.number, v.fileName, v.note])).toEqual([
			[2, 'analyse-v2.docx', 'Oppdatert med høringsinnspill'],
			[1, 'analyse.pdf', '']
		]);
		expect(page.actions.map((a) => a.code)).toEqual(['HA23']);
		const first = await getDocumentFile(await env.ctxAs(null), {
			id: String(created.id),
			number: '1'
		});
		expect(first.contentType).toBe('application/pdf');
		expect(
			Buffer.from(first.body as Uint8Array)
				.subarray(0, 5)
				.toString()
		).toBe('%PDF-');
	});

	it('refuses what is not what it says, or cannot be read, and writes nothing', async () => {
		const staff = await env.ctxAs('sekretariat');
		const before = (await env.db.select().from(libraryDocument)).length;
		const renamed = { name: 'rapport.pdf', type: 'application/pdf', content: await docxOf('x') };
		expect(await errorsOf(createDocument(staff, { ...fields(), file: renamed }))).toEqual({
			file: 'document_error_mismatch'
		});
		// A PDF's signature with nothing readable behind it.
		const broken = new TextEncoder().encode(
			'%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF'
		);
		expect(
			await errorsOf(
				createDocument(staff, { ...fields(), file: { name: 'x.pdf', type: '', content: broken } })
			)
		).toEqual({ file: expect.stringMatching(/^document_error_(unreadable|mismatch)$/) });
		expect(
			await errorsOf(
				createDocument(staff, {
					...fields({ title: '', issuedOn: '2025-02-30', kind: 'poster', actionCodes: 'HA99' }),
					file: { name: 'a.pdf', type: '', content: await pdfOf('a') }
				})
			)
		).toMatchObject({ title: 'error_required', issuedOn: 'error_date', kind: 'error_choice' });
		expect(
			await errorsOf(
				createDocument(staff, {
					...fields({ actionCodes: 'HA99' }),
					file: { name: 'a.pdf', type: '', content: await pdfOf('a') }
				})
			)
		).toEqual({ actionCodes: 'hearing_error_action_codes' });
		expect(await errorsOf(createDocument(staff, fields()))).toEqual({
			file: 'document_error_empty'
		});
		expect((await env.db.select().from(libraryDocument)).length).toBe(before);
		await expect(
			createDocument(await env.ctxAs('levanger'), {
				...fields(),
				file: { name: 'a.pdf', type: '', content: await pdfOf('a') }
			})
		).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('keeps an internal document from the public: the list, its page, its file and the search', async () => {
		const staff = await env.ctxAs('sekretariat');
		const internal = await createDocument(staff, {
			...fields({ title: 'Forhandlingsnotat om belønningsmidler', isPublic: '' }),
			file: { name: 'notat.pdf', type: '', content: await pdfOf('Hemmeligstrategi for staten') }
		});
		const stranger = await env.ctxAs(null);
		expect((await getDocumentsPage(stranger, {})).rows.map((r) => r.id)).not.toContain(internal.id);
		await expect(getDocumentPage(stranger, { id: String(internal.id) })).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(
			getDocumentFile(stranger, { id: String(internal.id), number: '1' })
		).rejects.toBeInstanceOf(LoginRequiredError);
		expect(await publicSearch('hemmeligstrategi')).toEqual([]);

		const partner = await env.ctxAs('verdal');
		expect((await getDocumentsAdmin(partner, {})).rows.map((r) => r.id)).toContain(internal.id);
		const page = await getDocumentAdmin(partner, { id: String(internal.id) });
		expect(page.canManage).toBe(false);
		expect(page.choices).toBeNull();
		const found = await getSearchPage(partner, { q: 'hemmeligstrategi' });
		expect(found.result?.hits.map((h) => h.url)).toEqual([`/arbeidsrom/dokumenter/${internal.id}`]);

		// Made public, it is everyone's; a stale form is refused.
		const after = await updateDocument(staff, {
			...fields({ title: 'Notat om belønningsmidler', isPublic: 'on' }),
			id: String(internal.id),
			version: String(internal.version)
		});
		expect(await publicSearch('hemmeligstrategi')).toEqual(['Notat om belønningsmidler']);
		await expect(
			updateDocument(staff, {
				...fields(),
				id: String(internal.id),
				version: String(internal.version)
			})
		).rejects.toBeInstanceOf(ConflictError);
		expect(after.version).toBe(internal.version + 1);
		const versions = await env.db.select().from(libraryDocumentVersion);
		expect(versions.every((v) => !v.text.includes('\u0000'))).toBe(true);
	});

	it('deletes a document with every version, for the secretariat only', async () => {
		const staff = await env.ctxAs('sekretariat');
		const made = await createDocument(staff, {
			...fields({ title: 'Feilopplastet liste' }),
			file: { name: 'liste.pdf', type: '', content: await pdfOf('Telefonlisteord for alle') }
		});
		expect(await publicSearch('telefonlisteord')).toEqual(['Feilopplastet liste']);
		const ref = { id: String(made.id), version: String(made.version) };
		await expect(removeDocument(await env.ctxAs('frosta'), ref)).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await removeDocument(staff, ref);
		expect(await publicSearch('telefonlisteord')).toEqual([]);
		await expect(
			getDocumentFile(await env.ctxAs(null), { id: String(made.id), number: '1' })
		).rejects.toBeInstanceOf(NotFoundError);
		const left = await env.db.select().from(libraryDocumentVersion);
		expect(left.some((v) => v.documentId === made.id)).toBe(false);
		await expect(removeDocument(staff, ref)).rejects.toBeInstanceOf(NotFoundError);
	});

	it('filters by kind and theme, and answers any filter', async () => {
		const stranger = await env.ctxAs(null);
		const strategy = await getDocumentsPage(stranger, { type: 'strategy' });
		expect(strategy.rows.map((r) => r.title)).toEqual([
			'Felles areal- og transportstrategi for Innherredsbyen 2021–2040 – sammendrag'
		]);
		const odd = await getDocumentsPage(stranger, { type: 'x', tema: '-1', offset: 'many' });
		expect(odd.filter).toEqual({ type: undefined, tema: undefined });
		expect(odd.rows.length).toBeGreaterThan(0);
		await expect(getDocumentFile(stranger, { id: '1', number: 'x' })).rejects.toBeInstanceOf(
			ValidationError
		);
	});

	it('is listed on the pages of its matters, each reader seeing what they may', async () => {
		const staff = await env.ctxAs('sekretariat');
		const stranger = await env.ctxAs(null);
		const open = await createMatter(staff, {
			title: 'Dokumenter om Stiklestad stasjon',
			standing: '',
			isPublic: 'on'
		});
		const closed = await createMatter(staff, {
			title: 'Intern forhandling om stasjonen',
			standing: '',
			isPublic: ''
		});
		const file = async (text: string) => ({
			name: 'notat.pdf',
			type: 'application/pdf',
			content: await pdfOf(text)
		});
		await createDocument(staff, {
			...fields({ title: 'Stasjonsnotat for alle', matterIds: [open.id, closed.id] }),
			file: await file('Offentlig notat')
		});
		await createDocument(staff, {
			...fields({ title: 'Stasjonsnotat internt', isPublic: '', matterIds: [open.id] }),
			file: await file('Internt notat')
		});
		const titles = (documents: { rows: { title: string }[] }) =>
			documents.rows.map((r) => r.title).sort();

		const publicPage = await getPublicMatter(stranger, { slug: open.slug });
		expect(titles(publicPage.documents)).toEqual(['Stasjonsnotat for alle']);
		expect(publicPage.documents.total).toBe(1);
		const inside = await getMatterPage(staff, { id: String(open.id) });
		expect(titles(inside.documents)).toEqual(['Stasjonsnotat for alle', 'Stasjonsnotat internt']);

		// The library narrowed to a matter; a matter the public may not read narrows nothing.
		const narrowed = await getDocumentsPage(stranger, { sak: String(open.id) });
		expect(titles(narrowed)).toEqual(['Stasjonsnotat for alle']);
		expect(narrowed.matter?.title).toBe('Dokumenter om Stiklestad stasjon');
		const hidden = await getDocumentsPage(stranger, { sak: String(closed.id) });
		expect(hidden.matter).toBeNull();
		expect(hidden.total).toBe((await getDocumentsPage(stranger, {})).total);
		const staffNarrowed = await getDocumentsAdmin(staff, { sak: String(closed.id) });
		expect(titles(staffNarrowed)).toEqual(['Stasjonsnotat for alle']);
	});
});
