import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordProgress } from '../actions/commands.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../core/errors.ts';
import { createMeeting, publishAgenda } from '../governance/meetings.ts';
import { body } from '../governance/schema.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { createStatusReport, getStatusReport } from './reports.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
const bodyId = async (slug: string) =>
	(await env.db.select({ id: body.id }).from(body).where(eq(body.slug, slug)))[0].id;

beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(() => env.database.drop());

describe('status reports', () => {
	it('freeze the programme, stay as they were, and show what changed since the last one', async () => {
		const staff = await env.ctxAs('sekretariat');
		const council = await bodyId('representantskapet');
		const first = await createMeeting(staff, {
			bodyId: String(council),
			date: '2027-02-01',
			time: '10:00'
		});
		const second = await createMeeting(staff, {
			bodyId: String(council),
			date: '2027-09-01',
			time: '10:00'
		});
		await expect(
			createStatusReport(await env.ctxAs('verdal'), { id: first.id })
		).rejects.toBeInstanceOf(ForbiddenError);
		await createStatusReport(staff, { id: first.id }, '2027-02-01');
		const again = await createStatusReport(staff, { id: first.id }).catch((e: unknown) => e);
		expect((again as ValidationError).fields).toEqual({ _form: 'report_error_exists' });

		const before = await getStatusReport(staff, { id: first.id });
		expect(before.items).toHaveLength(33);
		const ha23 = before.items.find((i) => i.code === 'HA23')!;

		await recordProgress(staff, {
			code: 'HA23',
			text: 'Planen er vedtatt i alle kommunene.',
			status: 'done',
			progress: '100',
			isPublic: 'on'
		});
		await createStatusReport(staff, { id: second.id }, '2027-09-01');

		// The first report reads exactly as it was taken.
		const later = await getStatusReport(staff, { id: first.id });
		expect(later.items).toEqual(before.items);
		// The demo's report of 8 December 2023 is the one before it.
		expect(later.previous?.takenAt.toISOString()).toBe('2023-12-08T08:00:00.000Z');

		const report = await getStatusReport(staff, { id: second.id });
		expect(report.previous?.takenAt).toEqual(before.report.takenAt);
		const theme = report.changes.find((t) => t.themeName === ha23.themeName)!;
		expect(theme.finished).toEqual([{ code: 'HA23', title: ha23.title }]);
		expect(theme.statusMoves).toContainEqual({
			code: 'HA23',
			title: ha23.title,
			from: ha23.status,
			to: 'done'
		});
		expect(report.summary.finished).toBe(1);
		expect(report.summary.total).toBe(33);
	});

	it('are public only when the meeting is published in a public body', async () => {
		const staff = await env.ctxAs('sekretariat');
		const publicMeeting = await createMeeting(staff, {
			bodyId: String(await bodyId('styringsgruppen')),
			date: '2027-03-01',
			time: '09:00'
		});
		await createStatusReport(staff, { id: publicMeeting.id });
		const anyone = await env.ctxAs(null);
		await expect(getStatusReport(anyone, { id: publicMeeting.id })).rejects.toBeInstanceOf(
			NotFoundError
		);
		await publishAgenda(staff, { id: publicMeeting.id, version: publicMeeting.version });
		expect((await getStatusReport(anyone, { id: publicMeeting.id })).items.length).toBe(33);

		const internal = await createMeeting(staff, {
			bodyId: String(await bodyId('ressursgruppen')),
			date: '2027-03-02',
			time: '09:00'
		});
		await createStatusReport(staff, { id: internal.id });
		await publishAgenda(staff, { id: internal.id, version: internal.version });
		await expect(getStatusReport(anyone, { id: internal.id })).rejects.toBeInstanceOf(
			NotFoundError
		);
		// Verdal sits in the resource group; Frosta does not.
		expect(
			(await getStatusReport(await env.ctxAs('verdal'), { id: internal.id })).items.length
		).toBe(33);
		await expect(
			getStatusReport(await env.ctxAs('frosta'), { id: internal.id })
		).rejects.toBeInstanceOf(NotFoundError);
	});
});
