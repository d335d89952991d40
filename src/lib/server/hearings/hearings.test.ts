import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditTrail } from '../core/audit.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../core/errors.ts';
import { organisation } from '../partners/schema.ts';
import { theme } from '../strategy/schema.ts';
import { createSeededDatabase } from '../testing/database.ts';
import {
	addHearingDocument,
	createHearing,
	removeHearingDocument,
	updateHearing
} from './commands.ts';
import {
	getHearingPage,
	getHearingDocument,
	hearingCalendar,
	listAnsweredHearings,
	listOpenHearings
} from './queries.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
let base: Record<string, unknown>;
const today = '2026-06-01';
const pdf = new TextEncoder().encode(
	'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n'
);

async function errorsOf(work: Promise<unknown>): Promise<Record<string, string>> {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fields;
}

beforeAll(async () => {
	env = await createSeededDatabase();
	const [nyeVeier] = await env.db
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.slug, 'nye-veier'));
	const [veg] = await env.db.select({ id: theme.id }).from(theme).where(eq(theme.slug, 'veg'));
	base = {
		title: 'Konseptvalgutredning for Trønderbanen',
		issuerId: String(nyeVeier.id),
		referenceUrl: 'https://www.example.no/horing',
		receivedOn: '2026-05-20',
		publicDeadline: '2026-07-01',
		internalDeadline: '2026-06-20',
		responsibleUserId: '',
		status: 'new',
		description: 'Høringen gjelder hele strekningen.',
		themeIds: [String(veg.id)],
		actionCodes: 'ha16, HA27'
	};
});
afterAll(() => env.database.drop());

describe('hearings', () => {
	it('lets the secretariat register a hearing with themes and action points, audited', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const created = await createHearing(ctx, base, today);
		const detail = (await getHearingPage(ctx, { id: created.id })).detail;
		expect(detail.hearing.title).toBe('Konseptvalgutredning for Trønderbanen');
		expect(detail.issuerName).toBe('Nye Veier AS');
		expect(detail.themes.map((t) => t.name)).toEqual(['Veg og trafikk']);
		expect(detail.actions.map((a) => a.code)).toEqual(['HA16', 'HA27']);
		const trail = await listAuditTrail(await env.ctxAs('admin'), 'hearing', created.id);
		expect(trail.map((e) => e.kind)).toEqual(['create']);
	});

	it('refuses partners and readers', async () => {
		for (const who of ['steinkjer', 'leser', null]) {
			await expect(createHearing(await env.ctxAs(who), base, today)).rejects.toBeInstanceOf(
				ForbiddenError
			);
		}
	});

	it('refuses deadlines in the past, an internal deadline after the public one, unknown codes', async () => {
		const ctx = await env.ctxAs('sekretariat');
		expect(
			await errorsOf(
				createHearing(ctx, { ...base, publicDeadline: '2026-05-31', internalDeadline: '' }, today)
			)
		).toMatchObject({ publicDeadline: 'hearing_error_deadline_past' });
		expect(
			await errorsOf(createHearing(ctx, { ...base, internalDeadline: '2026-07-02' }, today))
		).toMatchObject({ internalDeadline: 'hearing_error_internal_after_public' });
		expect(
			await errorsOf(createHearing(ctx, { ...base, actionCodes: 'HA16 HA99' }, today))
		).toMatchObject({ actionCodes: 'hearing_error_action_codes' });
		expect(
			await errorsOf(createHearing(ctx, { ...base, title: '', issuerId: 'x' }, today))
		).toMatchObject({ title: 'error_required', issuerId: 'error_choice' });
	});

	it('keeps an old deadline on update but refuses moving it into the past, and stale versions', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const created = await createHearing(ctx, base, today);
		const later = '2026-08-01';
		const updated = await updateHearing(
			ctx,
			{ id: created.id, version: created.version, ...base, status: 'in_work' },
			later
		);
		expect(updated.status).toBe('in_work');
		expect(
			await errorsOf(
				updateHearing(
					ctx,
					{ id: created.id, version: updated.version, ...base, publicDeadline: '2026-07-15' },
					later
				)
			)
		).toMatchObject({ publicDeadline: 'hearing_error_deadline_past' });
		await expect(
			updateHearing(ctx, { id: created.id, version: created.version, ...base }, later)
		).rejects.toBeInstanceOf(ConflictError);
	});

	it('lists open hearings by working deadline, overdue first, with days left', async () => {
		const rows = await listOpenHearings(await env.ctxAs('steinkjer'), today);
		const deadlines = rows.map((r) => r.internalDeadline ?? r.publicDeadline);
		expect(deadlines).toEqual([...deadlines].sort());
		const overdue = rows.find((r) => r.title.includes('fylkesveger'))!;
		expect(overdue.overdue).toBe(true);
		expect(overdue.daysLeft).toBe(-2);
		expect(rows.every((r) => r.status === 'new' || r.status === 'in_work')).toBe(true);
	});

	it('shows the public only answered hearings', async () => {
		const { rows, total } = (await listAnsweredHearings(await env.ctxAs(null), {})).answered;
		expect(total).toBe(1);
		expect(rows[0].title).toBe('Problemanalyse E6 Åsen–Steinkjer');
	});
});

describe('hearing documents', () => {
	let hearingId: number;
	beforeAll(async () => {
		hearingId = (await createHearing(await env.ctxAs('sekretariat'), base, today)).id;
	});

	it('stores a PDF and an XLSX and serves them back byte for byte', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('Ark1').addRow(['Kode', 'Tittel']);
		const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
		const first = await addHearingDocument(ctx, {
			id: hearingId,
			file: { name: 'C:\\fakepath\\Høring.pdf', content: pdf }
		});
		await addHearingDocument(ctx, {
			id: hearingId,
			file: { name: 'tabell.XLSX', content: xlsx }
		});
		const stored = await getHearingDocument(await env.ctxAs('leser'), {
			id: hearingId,
			documentId: first.id
		});
		expect(stored.fileName).toBe('Høring.pdf');
		expect(stored.contentType).toBe('application/pdf');
		expect(Buffer.from(stored.body).equals(Buffer.from(pdf))).toBe(true);
		const detail = (await getHearingPage(ctx, { id: hearingId })).detail;
		expect(detail.documents.map((d) => d.contentType)).toEqual([
			'application/pdf',
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		]);
		await removeHearingDocument(ctx, { id: hearingId, documentId: first.id });
		expect((await getHearingPage(ctx, { id: hearingId })).detail.documents).toHaveLength(1);
	});

	it('refuses a wrong type, content that does not match its extension, empty and oversized files', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const add = (name: string, content: Uint8Array) =>
			addHearingDocument(ctx, {
				id: hearingId,
				file: { name, content }
			});
		expect(await errorsOf(add('notat.txt', new TextEncoder().encode('hei')))).toEqual({
			file: 'document_error_type'
		});
		expect(await errorsOf(add('uttalelse.docx', pdf))).toEqual({ file: 'document_error_mismatch' });
		expect(
			await errorsOf(add('skript.pdf', new TextEncoder().encode('<script>alert(1)</script>')))
		).toEqual({
			file: 'document_error_mismatch'
		});
		expect(await errorsOf(add('tom.pdf', new Uint8Array()))).toEqual({
			file: 'document_error_empty'
		});
		const big = new Uint8Array(25 * 1024 * 1024 + 1);
		big.set(pdf);
		expect(await errorsOf(add('stor.pdf', big))).toEqual({ file: 'document_error_too_large' });
		expect((await getHearingPage(ctx, { id: hearingId })).detail.documents).toHaveLength(1);
	});

	it('refuses uploads from a partner', async () => {
		await expect(
			addHearingDocument(await env.ctxAs('verdal'), {
				id: hearingId,
				file: { name: 'a.pdf', content: pdf }
			})
		).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('hearing calendar', () => {
	it('is valid iCalendar with every public and internal deadline as an all-day event', async () => {
		const text = (await hearingCalendar(await env.ctxAs(null), today)).body as string;
		const calendar = new ICAL.Component(ICAL.parse(text));
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		const e6 = events.filter((e) => e.summary.includes('Problemanalyse E6'));
		// The E6 deadlines of 2024 lie more than a year back from the test's today.
		expect(e6).toHaveLength(0);
		const bus = events.filter((e) => e.summary.includes('rutetilbud'));
		expect(bus.map((e) => e.summary).sort()).toEqual([
			'Høringsfrist: Eksempel: Forslag til rutetilbud for Innherred fra 2027',
			'Intern frist: Eksempel: Forslag til rutetilbud for Innherred fra 2027'
		]);
		for (const event of bus) {
			expect(event.startDate.isDate).toBe(true);
			expect(event.uid).toMatch(/^horing-\d+-(frist|intern-frist)@samstemt\.example$/);
		}
		const publicDeadline = bus.find((e) => e.summary.startsWith('Høringsfrist'))!;
		expect(publicDeadline.startDate.toString()).toBe('2026-07-01');
	});
});
