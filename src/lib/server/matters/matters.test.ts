import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, ValidationError } from '../core/errors.ts';
import { parseReference } from '../../schemas/references.ts';
import { createEngagement, createInquiry } from '../engagements/commands.ts';
import { meetingCase } from '../governance/schema.ts';
import { organisation } from '../partners/schema.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { createMatter, linkToMatter, unlinkFromMatter, updateMatter } from './commands.ts';
import { getMatterPage, getPublicMatter, pinnedMatters } from './queries.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;

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
});
afterAll(() => env.database.drop());

describe('current matters', () => {
	it('reads the references people paste: codes and the addresses of pages', () => {
		expect(parseReference(' ha27 ')).toEqual({ kind: 'action', code: 'HA27' });
		expect(parseReference('https://samstemt.example/handlingsprogram/HA16')).toEqual({
			kind: 'action',
			code: 'HA16'
		});
		expect(parseReference('/arbeidsrom/forpliktelser/12?lagret=save')).toEqual({
			kind: 'commitment',
			id: 12
		});
		expect(parseReference('/moter/4#sak-9')).toEqual({ kind: 'case', id: 9 });
		expect(parseReference('/arbeidsrom/moter/4/')).toEqual({ kind: 'meeting', id: 4 });
		expect(parseReference('/horinger#horing-3')).toEqual({ kind: 'hearing', id: 3 });
		expect(parseReference('/partnere/steinkjer')).toBeNull();
		expect(parseReference('/uttalelser/99999999999')).toBeNull();
	});

	it('gathers linked items in one timeline; the public one lacks internal items and an exempt case’s content', async () => {
		const staff = await env.ctxAs('sekretariat');
		const created = await createMatter(staff, {
			title: 'Kryssingsspor på Trønderbanen',
			standing: 'Arbeidet med to tog i timen pågår.',
			followedBy: 'Sekretariatet',
			isPublic: 'on',
			pinOrder: '1'
		});
		expect(created.slug).toBe('kryssingsspor-pa-tronderbanen');
		const [atb] = await env.db
			.select({ id: organisation.id })
			.from(organisation)
			.where(eq(organisation.slug, 'atb'));
		const internal = await createEngagement(staff, {
			heldOn: '2026-05-01',
			topic: 'INTERNT møte med AtB',
			actorIds: [String(atb.id)],
			participants: '',
			summary: 'Fortrolig',
			summaryIsPublic: '',
			inquiryId: '',
			actionCodes: ''
		});
		const open = await createEngagement(staff, {
			heldOn: '2026-05-02',
			topic: 'Åpent møte med AtB',
			actorIds: [String(atb.id)],
			participants: '',
			summary: 'Referatet kan leses av alle.',
			summaryIsPublic: 'on',
			inquiryId: '',
			actionCodes: ''
		});
		const question = await createInquiry(
			staff,
			{
				fromRole: 'Innbygger',
				kind: 'citizen',
				channel: 'email',
				receivedOn: '2026-05-03',
				topic: 'INTERN henvendelse',
				status: 'new',
				actionCodes: ''
			},
			'2026-06-01'
		);
		const [exempt] = await env.db.select().from(meetingCase).where(eq(meetingCase.exempt, true));
		for (const reference of [
			'HA27',
			`/arbeidsrom/aktormoter/${internal.id}`,
			`/arbeidsrom/aktormoter/${open.id}`,
			`/arbeidsrom/henvendelser/${question.id}`,
			`/arbeidsrom/moter/${exempt.meetingId}#sak-${exempt.id}`,
			'HA27'
		])
			await linkToMatter(staff, { id: created.id, reference });
		const inside = await getMatterPage(staff, { id: created.id });
		expect(inside.timeline.map((i) => i.kind).sort()).toEqual(
			['action', 'case', 'engagement', 'engagement', 'inquiry'].sort()
		);
		const outside = await getPublicMatter(await env.ctxAs(null), {
			slug: 'kryssingsspor-pa-tronderbanen'
		});
		const text = JSON.stringify(outside);
		expect(text).not.toContain('INTERN');
		expect(text).not.toContain('Fortrolig');
		expect(text).toContain('Referatet kan leses av alle.');
		const exemptItem = outside.timeline.find((i) => i.kind === 'case');
		expect(exemptItem?.note).toBe(exempt.exemptBasis);
		expect(text).not.toContain(exempt.memo.slice(0, 30));
		// Newest first.
		const dates = outside.timeline.map((i) => i.date ?? '');
		expect([...dates].sort().reverse()).toEqual(dates);
		expect((await pinnedMatters(env.db, 'public')).map((m) => m.title)).toContain(
			'Kryssingsspor på Trønderbanen'
		);

		// Made internal, the matter leaves the public site, pinned or not.
		await updateMatter(staff, {
			id: created.id,
			version: created.version,
			title: 'Kryssingsspor på Trønderbanen',
			isPublic: '',
			pinOrder: '1'
		});
		await expect(
			getPublicMatter(await env.ctxAs(null), { slug: 'kryssingsspor-pa-tronderbanen' })
		).rejects.toThrow();
		expect((await pinnedMatters(env.db, 'public')).map((m) => m.title)).not.toContain(
			'Kryssingsspor på Trønderbanen'
		);
		await unlinkFromMatter(staff, { id: created.id, kind: 'inquiry', targetId: question.id });
		expect(
			(await getMatterPage(staff, { id: created.id })).timeline.map((i) => i.kind)
		).not.toContain('inquiry');
	});

	it('refuses unknown references and anyone but the secretariat', async () => {
		const staff = await env.ctxAs('sekretariat');
		const m = await createMatter(staff, { title: 'Problemanalyse E6', isPublic: 'on' });
		expect(await errorsOf(linkToMatter(staff, { id: m.id, reference: '/partnere/x' }))).toEqual({
			reference: 'matter_error_reference'
		});
		expect(
			await errorsOf(linkToMatter(staff, { id: m.id, reference: '/uttalelser/999999' }))
		).toEqual({ reference: 'matter_error_reference_unknown' });
		expect(await errorsOf(linkToMatter(staff, { id: m.id, reference: 'HA99' }))).toEqual({
			reference: 'hearing_error_action_codes'
		});
		expect(await errorsOf(createMatter(staff, { title: 'x', pinOrder: '0' }))).toMatchObject({
			title: 'error_required',
			pinOrder: 'error_range'
		});
		for (const who of ['steinkjer', 'leser'])
			await expect(
				createMatter(await env.ctxAs(who), { title: 'Egen sak' })
			).rejects.toBeInstanceOf(ForbiddenError);
	});
});
