import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError, ValidationError } from '../core/errors.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { addCase, createMeeting, getMeeting, osloInstant, publishAgenda } from './meetings.ts';
import { getPublicMeeting, queryPublicMeetings, meetingCalendar } from './public.ts';
import { body } from './schema.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
let councilId: number;
const kase = (title: string, extra: Record<string, unknown> = {}) => ({
	title,
	type: 'vedtak',
	memo: 'Saksframlegg med **detaljer**.',
	proposedDecision: 'Forslag til vedtak.',
	...extra
});

beforeAll(async () => {
	env = await createSeededDatabase();
	[{ id: councilId }] = await env.db
		.select({ id: body.id })
		.from(body)
		.where(eq(body.slug, 'representantskapet'));
});
afterAll(() => env.database.drop());

describe('meetings and cases', () => {
	it('takes the date and time as Norwegian time', () => {
		expect(osloInstant('2026-06-15', '10:00').toISOString()).toBe('2026-06-15T08:00:00.000Z');
		expect(osloInstant('2026-12-15', '10:00').toISOString()).toBe('2026-12-15T09:00:00.000Z');
	});

	it('refuses a meeting in a body that does not exist, and partners', async () => {
		const staff = await env.ctxAs('sekretariat');
		const error = await createMeeting(staff, {
			bodyId: '99999',
			date: '2026-06-15',
			time: '10:00'
		}).catch((e: unknown) => e);
		expect((error as ValidationError).fields).toEqual({ bodyId: 'error_choice' });
		await expect(
			createMeeting(await env.ctxAs('verdal'), {
				bodyId: String(councilId),
				date: '2026-06-15',
				time: '10:00'
			})
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(getMeeting(await env.ctxAs(null), { id: 1 })).rejects.toBeInstanceOf(
			ForbiddenError
		);
	});

	it('numbers cases per body and year, never twice, even when added at the same time', async () => {
		const staff = await env.ctxAs('sekretariat');
		const spring = await createMeeting(staff, {
			bodyId: String(councilId),
			date: '2026-05-20',
			time: '18:00',
			place: 'Levanger rådhus'
		});
		const autumn = await createMeeting(staff, {
			bodyId: String(councilId),
			date: '2026-09-20',
			time: '18:00'
		});
		const added = await Promise.all([
			...Array.from({ length: 5 }, (_, i) =>
				addCase(staff, { ...kase(`Vår ${i}`), id: spring.id })
			),
			...Array.from({ length: 5 }, (_, i) =>
				addCase(staff, { ...kase(`Høst ${i}`), id: autumn.id })
			)
		]);
		const numbers = added.map((c) => c.number).sort((a, b) => a - b);
		expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(new Set(added.map((c) => c.year))).toEqual(new Set([2026]));
		const next = await createMeeting(staff, {
			bodyId: String(councilId),
			date: '2027-01-10',
			time: '09:00'
		});
		const first2027 = await addCase(staff, { ...kase('Nytt år'), id: next.id });
		expect(first2027.number).toBe(1);
		const detail = await getMeeting(staff, { id: next.id });
		expect(detail.cases[0].caseNumber).toBe('1/27');
	});

	it('publishes the agenda with an exempt case as its title only', async () => {
		const staff = await env.ctxAs('sekretariat');
		const m = await createMeeting(staff, {
			bodyId: String(councilId),
			date: '2026-10-01',
			time: '12:00'
		});
		await addCase(staff, { ...kase('Åpen sak'), id: m.id });
		const error = await addCase(staff, {
			...kase('Personalsak', { exempt: 'on' }),
			id: m.id
		}).catch((e: unknown) => e);
		expect((error as ValidationError).fields).toEqual({ exemptBasis: 'case_error_exempt_basis' });
		await addCase(staff, {
			...kase('Personalsak', { exempt: 'on', exemptBasis: 'Offl. § 14', memo: 'HEMMELIG memo' }),
			id: m.id
		});
		await expect(getPublicMeeting(await env.ctxAs(null), { id: m.id })).rejects.toBeInstanceOf(
			NotFoundError
		);
		expect(
			(await queryPublicMeetings(env.db, { limit: 200, offset: 0 })).rows.map((x) => x.id)
		).not.toContain(m.id);
		await publishAgenda(staff, { id: m.id, version: m.version });
		const pub = await getPublicMeeting(await env.ctxAs(null), { id: m.id });
		const exempt = pub.cases.find((c) => c.exempt)!;
		expect(exempt).toEqual({
			id: exempt.id,
			caseNumber: exempt.caseNumber,
			title: 'Personalsak',
			exempt: true,
			exemptBasis: 'Offl. § 14'
		});
		expect(JSON.stringify(pub)).not.toContain('HEMMELIG');
		expect(
			(await queryPublicMeetings(env.db, { limit: 200, offset: 0 })).rows.map((x) => x.id)
		).toContain(m.id);

		// The calendar feeds: valid iCalendar, the meeting with its agenda link, no case content.
		for (const feed of [
			(await meetingCalendar(await env.ctxAs(null))).body as string,
			(await meetingCalendar(await env.ctxAs(null), { slug: 'representantskapet' })).body as string
		]) {
			const events = new ICAL.Component(ICAL.parse(feed))
				.getAllSubcomponents('vevent')
				.map((v) => new ICAL.Event(v));
			const ours = events.find((e) => e.uid === `mote-${m.id}@samstemt.example`)!;
			expect(ours.summary).toBe('Møte i Representantskapet i Innherred regionråd');
			expect(ours.startDate.toJSDate().toISOString()).toBe('2026-10-01T10:00:00.000Z');
			expect(ours.component.getFirstPropertyValue('url')).toBe(
				`https://samstemt.example/moter/${m.id}`
			);
			expect(feed).not.toContain('Personalsak');
			expect(feed).not.toContain('HEMMELIG');
		}
		await expect(
			meetingCalendar(await env.ctxAs(null), { slug: 'ressursgruppen' })
		).rejects.toBeInstanceOf(NotFoundError);
		await expect(publishAgenda(staff, { id: m.id, version: m.version + 1 })).rejects.toBeInstanceOf(
			ValidationError
		);
	});
});
