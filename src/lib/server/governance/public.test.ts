import { eq } from 'drizzle-orm';
import { createStatement } from '../statements/commands.ts';
import { hearing } from '../hearings/schema.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { meetingJson } from './api.ts';
import { addCaseAttachment, getCaseAttachment, setCaseLinks } from './case-material.ts';
import { addCase, createMeeting, getMeeting, publishAgenda } from './meetings.ts';
import { approveMinutes, recordDecision } from './minutes.ts';
import { getPublicAttachment, getPublicMeeting, queryPublicMeetings } from './public.ts';
import { body } from './schema.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
const pdf = new TextEncoder().encode(
	'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n'
);
const page = { limit: 200, offset: 0 };

beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(() => env.database.drop());

/** A meeting of the representative council, planned by the secretariat. */
async function councilMeeting(date: string) {
	const [council] = await env.db
		.select({ id: body.id })
		.from(body)
		.where(eq(body.slug, 'representantskapet'));
	return createMeeting(await env.ctxAs('sekretariat'), {
		bodyId: String(council.id),
		date,
		time: '10:00'
	});
}

describe('links of a public case', () => {
	it('show only what has a public page: no draft statements, no unanswered hearings', async () => {
		const staff = await env.ctxAs('sekretariat');
		const m = await councilMeeting('2026-03-03');
		const draft = await createStatement(staff, {
			title: 'UTKAST til uttalelse om nattbuss',
			sectionHeading: 'Innledning',
			sectionBody: 'Tekst'
		});
		const [open] = await env.db.select().from(hearing).where(eq(hearing.status, 'new')).limit(1);
		const [answered] = await env.db
			.select()
			.from(hearing)
			.where(eq(hearing.status, 'sent'))
			.limit(1);
		const c = await addCase(staff, { id: m.id, title: 'Nattbuss', type: 'orientering' });
		await setCaseLinks(staff, {
			caseId: c.id,
			actionCodes: 'HA23',
			statementIds: [String(draft.id)],
			hearingIds: [String(open.id), String(answered.id)]
		});
		await publishAgenda(staff, { id: m.id, version: m.version });
		const pub = await getPublicMeeting(await env.ctxAs(null), { id: m.id });
		const labels = JSON.stringify(pub);
		expect(labels).not.toContain('UTKAST til uttalelse');
		expect(labels).not.toContain(open.title);
		const links = (pub.cases[0] as { links: { kind: string; label: string }[] }).links;
		expect(links.map((l) => l.kind).sort()).toEqual(['action', 'hearing']);
		expect(links.find((l) => l.kind === 'hearing')?.label).toBe(answered.title);
		// Inside, the secretariat sees every link.
		const inside = await getMeeting(staff, { id: m.id });
		expect(inside.cases[0].links).toHaveLength(4);
	});
});

describe('exempt cases on every public surface', () => {
	it('never reach the page, the API, the search or a download', async () => {
		const staff = await env.ctxAs('sekretariat');
		const m = await councilMeeting('2026-02-02');
		const open = await addCase(staff, {
			id: m.id,
			title: 'Sykkelstrategien',
			type: 'vedtak',
			memo: 'Saken gjelder gangbruer over Verdalselva.',
			actionCodes: 'HA27'
		});
		const exempt = await addCase(staff, {
			id: m.id,
			title: 'Tomtekjøp ved stasjonen',
			type: 'vedtak',
			memo: 'Kjøpesummen er hemmeligholdt: kvadratmeterpris sjøtomt.',
			exempt: 'on',
			exemptBasis: 'Offl. § 23'
		});
		const unknown = await setCaseLinks(staff, { caseId: open.id, actionCodes: 'HA99' }).catch(
			(e: unknown) => e
		);
		expect((unknown as ValidationError).fields).toEqual({
			actionCodes: 'hearing_error_action_codes'
		});
		const openFile = await addCaseAttachment(staff, {
			caseId: open.id,
			file: { name: 'kart.pdf', content: pdf }
		});
		const closedFile = await addCaseAttachment(staff, {
			caseId: open.id,
			file: { name: 'takst.pdf', content: pdf },
			exempt: 'on',
			exemptBasis: 'Offl. § 23'
		});
		const inExempt = await addCaseAttachment(staff, {
			caseId: exempt.id,
			file: { name: 'avtale.pdf', content: pdf }
		});
		await publishAgenda(staff, { id: m.id, version: m.version });
		await recordDecision(staff, {
			caseId: exempt.id,
			decision: 'Kjøpet godkjennes for sjøtomt-prisen.'
		});
		await recordDecision(staff, { caseId: open.id, decision: 'Strategien vedtas.' });
		const held = (await getMeeting(staff, { id: m.id })).meeting;
		await approveMinutes(staff, { id: m.id, approvedOn: '2026-02-02', version: held.version });

		const pub = await getPublicMeeting(await env.ctxAs(null), { id: m.id });
		const api = meetingJson(pub, 'https://samstemt.example');
		for (const text of [JSON.stringify(pub), JSON.stringify(api)]) {
			expect(text).toContain('Tomtekjøp ved stasjonen');
			expect(text).not.toContain('kvadratmeterpris');
			expect(text).not.toContain('sjøtomt');
			expect(text).not.toContain('takst.pdf');
			expect(text).not.toContain('avtale.pdf');
		}
		expect(api.cases[0]).toMatchObject({
			title: 'Sykkelstrategien',
			links: [{ kind: 'action', url: 'https://samstemt.example/handlingsprogram/HA27' }],
			attachments: [{ fileName: 'kart.pdf' }]
		});
		expect(api.minutes?.decisions).toEqual([
			expect.objectContaining({ exempt: false, decision: 'Strategien vedtas.' }),
			{ caseNumber: expect.any(String), exempt: true }
		]);

		// Search finds open text and exempt titles, never exempt memos or decisions.
		const ids = async (q: string) =>
			(await queryPublicMeetings(env.db, { q, ...page })).rows.map((r) => r.id);
		expect(await ids('gangbruer')).toContain(m.id);
		expect(await ids('tomtekjøp')).toContain(m.id);
		expect(await ids('kvadratmeterpris')).not.toContain(m.id);
		expect(await ids('sjøtomt')).not.toContain(m.id);

		// Downloads: the open attachment for everyone, the others only inside.
		expect(
			(await getPublicAttachment(await env.ctxAs(null), { id: m.id, attachmentId: openFile.id }))
				.fileName
		).toBe('kart.pdf');
		for (const file of [closedFile, inExempt])
			await expect(
				getPublicAttachment(await env.ctxAs(null), { id: m.id, attachmentId: file.id })
			).rejects.toBeInstanceOf(NotFoundError);
		expect(
			(
				await getCaseAttachment(await env.ctxAs('verdal'), {
					id: m.id,
					attachmentId: closedFile.id
				})
			).fileName
		).toBe('takst.pdf');
		await expect(
			getCaseAttachment(await env.ctxAs('frosta'), { id: m.id, attachmentId: closedFile.id })
		).rejects.toBeInstanceOf(NotFoundError);
	});
});
