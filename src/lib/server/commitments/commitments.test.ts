import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditTrail } from '../core/audit.ts';
import {
	ConflictError,
	ForbiddenError,
	LoginRequiredError,
	NotFoundError,
	ValidationError
} from '../core/errors.ts';
import { organisation } from '../partners/schema.ts';
import { theme } from '../strategy/schema.ts';
import { notification } from '../notifications/schema.ts';
import { scanReminders } from '../notifications/reminders.ts';
import { createSeededDatabase, TEST_ORIGIN } from '../testing/database.ts';
import { createCommitment, recordCommitmentStatus, updateCommitment } from './commands.ts';
import { exportCommitments } from './export.ts';
import {
	getPublicCommitmentDocument,
	getPublicCommitmentPage,
	getPublicCommitmentsPage
} from './public.ts';
import {
	commitmentAttention,
	getCommitmentDocument,
	getCommitmentPage,
	newCommitmentForm
} from './queries.ts';
import { apiListCommitments } from './api.ts';
import { createEngagement, createInquiry } from '../engagements/commands.ts';
import { getEngagementPage, getInquiryPage } from '../engagements/queries.ts';
import { getPublicMatter } from '../matters/queries.ts';
import { matter } from '../matters/schema.ts';
import { commitmentEntry } from './schema.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
let base: Record<string, unknown>;
let ids: Record<string, number>;
const today = '2026-06-01';
const pdf = new TextEncoder().encode(
	'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n'
);
const noFile = { name: '', type: 'application/octet-stream', content: new Uint8Array() };

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
	const orgs = await env.db
		.select({ id: organisation.id, slug: organisation.slug })
		.from(organisation);
	ids = Object.fromEntries(orgs.map((o) => [o.slug, o.id]));
	const [rail] = await env.db
		.select({ id: theme.id })
		.from(theme)
		.where(eq(theme.slug, 'jernbane'));
	ids.rail = rail.id;
	base = {
		actorId: String(ids['bane-nor']),
		promise: 'Bane NOR utreder kryssingsspor på Trønderbanen mellom Levanger og Verdal.',
		sourceKind: 'meeting_decision',
		sourceTitle: 'Møte med Bane NOR 2. mai',
		sourceUrl: 'https://www.example.no/referat',
		sourceOn: '2026-05-02',
		dueFrom: '',
		dueOn: '2026-09-30',
		isPublic: 'on',
		actionCodes: 'HA27',
		statementIds: [''],
		themeIds: [String(ids.rail)],
		file: noFile
	};
});
afterAll(() => env.database.drop());

describe('commitments', () => {
	it('records a commitment with its links and source document, audited, and opens its history', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const created = await createCommitment(
			ctx,
			{ ...base, file: { name: 'referat.pdf', type: 'application/pdf', content: pdf } },
			today
		);
		const page = await getCommitmentPage(ctx, { id: created.id });
		expect(page.detail.actorName).toBe('Bane NOR SF');
		expect(page.detail.actions.map((a) => a.code)).toEqual(['HA27']);
		expect(page.detail.themes.map((t) => t.name)).toEqual(['Jernbane']);
		expect(page.detail.entries.map((e) => [e.status, e.recordedByName])).toEqual([
			['open', 'Sekretariatet']
		]);
		expect(page.detail.documents.map((d) => [d.fileName, d.entryId])).toEqual([
			['referat.pdf', null]
		]);
		const file = await getCommitmentDocument(ctx, {
			id: created.id,
			documentId: page.detail.documents[0].id
		});
		expect(file.contentType).toBe('application/pdf');
		const trail = await listAuditTrail(await env.ctxAs('admin'), 'commitment', created.id);
		expect(trail.map((e) => e.kind)).toEqual(['create']);
	});

	it('keeps every change of status as an entry: delayed with a new date, then delivered with evidence', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const created = await createCommitment(ctx, base, today);
		const delayed = await recordCommitmentStatus(
			ctx,
			{
				id: created.id,
				version: created.version,
				status: 'delayed',
				on: '2026-06-01',
				newDueOn: '2026-12-31',
				evidence: 'Bane NOR varslet forsinkelse i brev.',
				evidenceUrl: '',
				file: noFile
			},
			today
		);
		expect([delayed.status, delayed.currentDueOn, delayed.dueOn]).toEqual([
			'delayed',
			'2026-12-31',
			'2026-09-30'
		]);
		// The first form's version is spent: a second post from it is refused, not merged.
		await expect(
			recordCommitmentStatus(
				ctx,
				{ id: created.id, version: created.version, status: 'broken', on: today, evidence: 'x' },
				today
			)
		).rejects.toBeInstanceOf(ConflictError);
		const delivered = await recordCommitmentStatus(
			ctx,
			{
				id: created.id,
				version: delayed.version,
				status: 'delivered',
				on: today,
				evidence: '',
				evidenceUrl: '',
				file: { name: 'rapport.pdf', type: 'application/pdf', content: pdf }
			},
			today
		);
		expect(delivered.status).toBe('delivered');
		// Correcting the text later leaves the moved date and the history as they were.
		const corrected = await updateCommitment(ctx, {
			...base,
			id: created.id,
			version: delivered.version,
			promise: 'Bane NOR utreder kryssingsspor mellom Levanger og Verdal.'
		});
		expect(corrected.currentDueOn).toBe('2026-12-31');
		const entries = await env.db
			.select()
			.from(commitmentEntry)
			.where(eq(commitmentEntry.commitmentId, created.id));
		expect(entries.map((e) => e.status)).toEqual(['open', 'delayed', 'delivered']);
		expect(entries[1].evidence).toBe('Bane NOR varslet forsinkelse i brev.');
		const page = await getCommitmentPage(ctx, { id: created.id });
		expect(page.detail.documents.map((d) => d.entryId)).toEqual([entries[2].id]);
	});

	it('refuses bad input with messages by field and writes nothing', async () => {
		const ctx = await env.ctxAs('sekretariat');
		expect(
			await errorsOf(createCommitment(ctx, { ...base, dueOn: '2026-05-31' }, today))
		).toMatchObject({ dueOn: 'commitment_error_due_past' });
		expect(
			await errorsOf(createCommitment(ctx, { ...base, dueFrom: '2026-10-01' }, today))
		).toMatchObject({ dueFrom: 'commitment_error_period' });
		expect(
			await errorsOf(
				createCommitment(
					ctx,
					{ ...base, actionCodes: 'HA99', statementIds: ['999999'], actorId: '999999' },
					today
				)
			)
		).toMatchObject({
			actionCodes: 'hearing_error_action_codes',
			statementIds: 'error_choice',
			actorId: 'error_choice'
		});
		expect(
			await errorsOf(
				createCommitment(
					ctx,
					{
						...base,
						file: {
							name: 'referat.pdf',
							type: 'application/pdf',
							content: new Uint8Array([1, 2, 3])
						}
					},
					today
				)
			)
		).toMatchObject({ file: 'document_error_mismatch' });
		const created = await createCommitment(ctx, base, today);
		const entry = { id: created.id, version: created.version, on: today, evidenceUrl: '' };
		expect(
			await errorsOf(
				recordCommitmentStatus(ctx, { ...entry, status: 'delayed', evidence: 'x' }, today)
			)
		).toMatchObject({ newDueOn: 'commitment_error_new_date' });
		expect(
			await errorsOf(
				recordCommitmentStatus(
					ctx,
					{ ...entry, status: 'delayed', newDueOn: today, evidence: 'x' },
					today
				)
			)
		).toMatchObject({ newDueOn: 'commitment_error_new_date_order' });
		expect(
			await errorsOf(
				recordCommitmentStatus(ctx, { ...entry, status: 'delivered', evidence: '' }, today)
			)
		).toMatchObject({ evidence: 'commitment_error_evidence' });
		expect(
			await errorsOf(
				recordCommitmentStatus(
					ctx,
					{ ...entry, on: '2026-06-02', status: 'broken', evidence: 'x' },
					today
				)
			)
		).toMatchObject({ on: 'commitment_error_on_future' });
		expect(
			await errorsOf(
				recordCommitmentStatus(ctx, { ...entry, status: 'open', evidence: 'x' }, today)
			)
		).toMatchObject({ status: 'commitment_error_same_status' });
		const entries = await env.db
			.select()
			.from(commitmentEntry)
			.where(eq(commitmentEntry.commitmentId, created.id));
		expect(entries).toHaveLength(1);
	});

	it('lets a partner user record only the commitments of its own organisation; readers read', async () => {
		const partner = await env.ctxAs('steinkjer');
		await expect(createCommitment(partner, base, today)).rejects.toBeInstanceOf(ForbiddenError);
		const own = await createCommitment(
			partner,
			{ ...base, actorId: String(ids.steinkjer), isPublic: '' },
			today
		);
		const staff = await createCommitment(await env.ctxAs('sekretariat'), base, today);
		await expect(
			recordCommitmentStatus(
				partner,
				{ id: staff.id, version: staff.version, status: 'broken', on: today, evidence: 'x' },
				today
			)
		).rejects.toBeInstanceOf(ForbiddenError);
		// Nor can it hand its own commitment to another actor.
		await expect(
			updateCommitment(partner, { ...base, id: own.id, version: own.version })
		).rejects.toBeInstanceOf(ForbiddenError);
		const reader = await env.ctxAs('leser');
		expect((await getCommitmentPage(reader, { id: own.id })).canEdit).toBe(false);
		await expect(createCommitment(reader, base, today)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(createCommitment(await env.ctxAs(null), base, today)).rejects.toBeInstanceOf(
			LoginRequiredError
		);
		await expect(getCommitmentPage(await env.ctxAs(null), { id: own.id })).rejects.toBeInstanceOf(
			LoginRequiredError
		);
	});

	it('shows the public only public commitments, with each actor’s record counted', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const actor = String(ids['trondelag-fylkeskommune']);
		const make = (extra: Record<string, unknown>) =>
			createCommitment(ctx, { ...base, actorId: actor, ...extra }, today);
		const open = await make({ dueOn: '2026-06-10' });
		const internal = await make({
			isPublic: '',
			promise: 'INTERNT: fylket vurderer nattbuss',
			file: { name: 'notat.pdf', type: 'application/pdf', content: pdf }
		});
		const delivered = await make({});
		await recordCommitmentStatus(
			ctx,
			{ id: delivered.id, version: 1, status: 'delivered', on: today, evidence: 'Levert.' },
			today
		);
		const late = await make({ dueOn: '2026-06-02' });
		const publicPage = await getPublicCommitmentsPage(
			await env.ctxAs(null),
			{ aktor: actor },
			'2026-06-05'
		);
		expect(publicPage.list.rows.map((r) => r.id).sort()).toEqual(
			[open.id, delivered.id, late.id].sort()
		);
		expect(publicPage.list.rows.find((r) => r.id === late.id)?.late).toBe(true);
		expect(publicPage.records).toEqual([
			expect.objectContaining({
				actorName: 'Trøndelag fylkeskommune',
				total: 3,
				delivered: 1,
				late: 1,
				open: 1
			})
		]);
		expect(JSON.stringify(publicPage)).not.toContain('INTERNT');
		await expect(
			getPublicCommitmentPage(await env.ctxAs(null), { id: internal.id })
		).rejects.toBeInstanceOf(NotFoundError);
		const internalPage = await getCommitmentPage(ctx, { id: internal.id });
		await expect(
			getPublicCommitmentDocument(await env.ctxAs(null), {
				id: internal.id,
				documentId: internalPage.detail.documents[0].id
			})
		).rejects.toBeInstanceOf(NotFoundError);
		const publicDetail = await getPublicCommitmentPage(await env.ctxAs(null), { id: delivered.id });
		expect(publicDetail.detail.entries.map((e) => e.status)).toEqual(['delivered', 'open']);
		// The workspace sees both, and each actor's record counts the internal one too.
		const attention = await commitmentAttention(ctx, '2026-06-05');
		expect(attention.overdue.map((r) => r.id)).toContain(late.id);
		expect(attention.dueSoon.map((r) => r.id)).toContain(open.id);
		expect(attention.dueSoon.map((r) => r.id)).not.toContain(delivered.id);
	});
});

describe('what a commitment is linked to', () => {
	it('links engagements, inquiries and matters, made from an engagement; the public sees only what is public', async () => {
		const staff = await env.ctxAs('sekretariat');
		const engagement = await createEngagement(staff, {
			heldOn: '2026-05-02',
			topic: 'Møte med Bane NOR om kryssingsspor',
			actorIds: [String(ids['bane-nor'])],
			participants: 'Utviklingsleder',
			summary: 'Bane NOR lovet en utredning.',
			summaryIsPublic: 'on',
			inquiryId: '',
			actionCodes: ''
		});
		const inquiry = await createInquiry(
			staff,
			{
				fromOrganisationId: String(ids['bane-nor']),
				fromRole: '',
				kind: 'state_agency',
				channel: 'email',
				receivedOn: '2026-04-20',
				topic: 'Bane NOR ber om et møte',
				handlerId: '',
				status: 'new',
				answeredOn: '',
				outcome: '',
				actionCodes: ''
			},
			today
		);
		const [trønderbanen] = await env.db
			.select({ id: matter.id, slug: matter.slug })
			.from(matter)
			.where(eq(matter.slug, 'tronderbanen'));

		// From the engagement's page, the form starts filled in from the engagement.
		const form = await newCommitmentForm(staff, {
			fra: `/arbeidsrom/aktormoter/${engagement.id}`
		});
		expect(form.prefill).toMatchObject({
			actorId: ids['bane-nor'],
			sourceOn: '2026-05-02',
			references: [`/arbeidsrom/aktormoter/${engagement.id}`]
		});

		const created = await createCommitment(
			staff,
			{
				...base,
				references: `/arbeidsrom/aktormoter/${engagement.id}\nhttps://samstemt.example/arbeidsrom/henvendelser/${inquiry.id}`,
				matterIds: [String(trønderbanen.id)]
			},
			today
		);
		const inside = await getCommitmentPage(staff, { id: String(created.id) }, today);
		expect(inside.detail.related.map((r) => r.kind).sort()).toEqual([
			'engagement',
			'inquiry',
			'matter'
		]);
		expect(inside.references.sort()).toEqual(
			[`/arbeidsrom/aktormoter/${engagement.id}`, `/arbeidsrom/henvendelser/${inquiry.id}`].sort()
		);
		// The engagement and the inquiry list it; the matter's timeline has it.
		expect((await getEngagementPage(staff, { id: String(engagement.id) })).commitments).toEqual([
			expect.objectContaining({ kind: 'commitment', id: created.id })
		]);
		expect((await getInquiryPage(staff, { id: String(inquiry.id) })).commitments).toHaveLength(1);
		const anonymous = await env.ctxAs(null);
		const timeline = (await getPublicMatter(anonymous, { slug: trønderbanen.slug })).timeline;
		expect(timeline.some((i) => i.kind === 'commitment' && i.id === created.id)).toBe(true);

		// The public reads the engagement's public summary and the matter, never the inquiry.
		const outside = await getPublicCommitmentPage(anonymous, { id: String(created.id) }, today);
		expect(outside.detail.related.map((r) => r.kind).sort()).toEqual(['engagement', 'matter']);
		const filtered = await getPublicCommitmentsPage(anonymous, { sak: String(trønderbanen.id) });
		expect(filtered.list.rows.map((r) => r.id)).toContain(created.id);
		expect(filtered.choices.matters.map((c) => c.value)).toContain(trønderbanen.id);
		const api = await apiListCommitments(anonymous, { matter: String(trønderbanen.id) }, today);
		expect(api.items.map((i) => i.id)).toContain(created.id);

		// A correction that leaves out the links removes them; the matter no longer lists it.
		await updateCommitment(staff, {
			...base,
			id: String(created.id),
			version: String(created.version),
			references: '',
			matterIds: ['']
		});
		const after = await getCommitmentPage(staff, { id: String(created.id) }, today);
		expect(after.detail.related).toEqual([]);
		expect(
			(await getPublicMatter(anonymous, { slug: trønderbanen.slug })).timeline.some(
				(i) => i.kind === 'commitment' && i.id === created.id
			)
		).toBe(false);
	});

	it('refuses a reference to another kind of page, to nothing, and an unknown matter', async () => {
		const staff = await env.ctxAs('sekretariat');
		expect(
			await errorsOf(createCommitment(staff, { ...base, references: '/partnere/steinkjer' }, today))
		).toMatchObject({ references: 'link_error_references' });
		expect(
			await errorsOf(
				createCommitment(staff, { ...base, references: '/arbeidsrom/tiltak/3' }, today)
			)
		).toMatchObject({ references: 'link_error_references' });
		expect(
			await errorsOf(
				createCommitment(
					staff,
					{ ...base, references: '/arbeidsrom/aktormoter/999999', matterIds: ['999999'] },
					today
				)
			)
		).toMatchObject({ references: 'matter_error_reference_unknown', matterIds: 'error_choice' });
	});
});

describe('commitment reminders', () => {
	it('go to the secretariat 14 days ahead and once the date has passed, each once', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const soon = await createCommitment(
			ctx,
			{ ...base, actorId: String(ids['nye-veier']), dueOn: '2027-03-10' },
			today
		);
		const scan = (day: string) => scanReminders(env.db, TEST_ORIGIN, day);
		const [a, b] = await Promise.all([scan('2027-02-24'), scan('2027-02-24')]);
		const mine = async () =>
			(await env.db.select().from(notification)).filter((n) =>
				n.body.includes(`/arbeidsrom/forpliktelser/${soon.id}`)
			);
		expect((await mine()).map((n) => [n.recipient, n.subject])).toEqual([
			['sekretariat@demo.samstemt.no', 'Forpliktelse med frist om 14 dager: Nye Veier AS']
		]);
		expect(a.length + b.length).toBeGreaterThan(0);
		await scan('2027-03-01');
		expect(await mine()).toHaveLength(1);
		await scan('2027-03-11');
		await scan('2027-03-12');
		expect((await mine()).map((n) => n.subject)).toEqual([
			'Forpliktelse med frist om 14 dager: Nye Veier AS',
			'Forpliktelse over frist: Nye Veier AS'
		]);
	});
});

describe('the commitment export', () => {
	it('holds the public list as filtered, as CSV and XLSX, without internal commitments', async () => {
		const ctx = await env.ctxAs(null);
		const labels = {
			headers: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string
			],
			status: (s: string) => `status:${s}`,
			source: (s: string) => `source:${s}`,
			yes: 'ja'
		};
		const csv = await exportCommitments(ctx, { format: 'csv', status: 'delivered' }, labels, today);
		const text = String(csv.body);
		expect(csv.contentType).toBe('text/csv; charset=utf-8');
		expect(text).toContain('status:delivered');
		expect(text).not.toContain('status:open');
		expect(text).not.toContain('INTERNT');
		const xlsx = await exportCommitments(ctx, { format: 'xlsx' }, labels, today);
		const workbook = new ExcelJS.Workbook();
		const bytes = xlsx.body as Uint8Array;
		await workbook.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
		const cells = workbook.worksheets[0].getColumn(2).values.map(String);
		expect(cells.some((c) => c.includes('Bane NOR utreder'))).toBe(true);
		expect(cells.some((c) => c.includes('INTERNT'))).toBe(false);
	});
});
