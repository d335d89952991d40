import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHearing } from '../hearings/commands.ts';
import { organisation } from '../partners/schema.ts';
import { createStatement, openInputRound } from '../statements/commands.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { startTestSmtp, type ReceivedMail } from '../testing/smtp.ts';
import { deliverNotification, getOutboxPage } from './deliver.ts';
import { createMailer, readMailSettings } from '../platform/mail.ts';
import { startJobs } from '../platform/jobs.ts';
import { scanReminders } from './reminders.ts';
import { notification } from './schema.ts';

const today = '2026-06-01';
/** An hour before the Monday news reminder (07:00), so that the clock of the run does not count. */
const early = 6;
const origin = 'https://samstemt.example';
let env: Awaited<ReturnType<typeof createSeededDatabase>>;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let port = 0;
let received: ReceivedMail[] = [];

beforeAll(async () => {
	env = await createSeededDatabase();
	smtp = await startTestSmtp();
	port = smtp.port;
	received = smtp.received;

	// Due on the test's today: an internal hearing deadline in 6 days, an input round closing
	// tomorrow, and a statement whose hearing closes in 6 days with no positions yet.
	const staff = await env.ctxAs('sekretariat');
	const [atb] = await env.db
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.slug, 'atb'));
	const due = await createHearing(
		staff,
		{
			title: 'Høring om nattbuss',
			issuerId: String(atb.id),
			publicDeadline: '2026-06-07',
			internalDeadline: '2026-06-07',
			status: 'in_work',
			themeIds: [],
			actionCodes: ''
		},
		today
	);
	const statement = await createStatement(staff, {
		title: 'Uttalelse om nattbuss',
		hearingId: String(due.id),
		sectionKey: [''],
		sectionHeading: ['Innledning'],
		sectionBody: ['Tekst']
	});
	await openInputRound(staff, { id: statement.id, inputDeadline: '2026-06-02' }, today);
});
afterAll(async () => {
	await smtp.close();
	await env.database.drop();
});

describe('reminders', () => {
	it('are written once, however many scans run at the same time', async () => {
		// 2026-06-01 is a Monday: scanning before 07:00 keeps the weekly news reminder, which
		// depends on the hour and is tested with the news, out of this count.
		const [first, second] = await Promise.all([
			scanReminders(env.db, origin, today, early),
			scanReminders(env.db, origin, today, early)
		]);
		const rows = await env.db.select().from(notification);
		expect(first.length + second.length).toBe(rows.length);
		expect(await scanReminders(env.db, origin, today, early)).toEqual([]);
		const subjects = new Set(rows.map((r) => r.subject));
		// The internal deadline to the secretariat, the input round to the six partner users, and
		// the missing positions to the same six.
		expect(subjects).toEqual(
			new Set([
				'Intern frist om 6 dager: Høring om nattbuss',
				'Innspillsrunden stenger i morgen: Uttalelse om nattbuss',
				'Standpunkt mangler: Uttalelse om nattbuss'
			])
		);
		expect(rows.filter((r) => r.subject.startsWith('Intern')).map((r) => r.recipient)).toEqual([
			'sekretariat@demo.samstemt.no'
		]);
		expect(rows.filter((r) => r.subject.startsWith('Innspill'))).toHaveLength(6);
		expect(rows.filter((r) => r.subject.startsWith('Standpunkt'))).toHaveLength(6);
		// A day later the 1-day reminder of the same deadline is a new one.
		expect(await scanReminders(env.db, origin, '2026-06-06', early)).not.toEqual([]);
	});

	it('are sent exactly once by two workers over SMTP', async () => {
		const mailer = createMailer({ ...readMailSettings({}), host: '127.0.0.1', port });
		// 06:00 in Oslo on the test's today.
		const now = () => new Date('2026-06-01T04:00:00Z');
		const options = { origin, mailer, pollingIntervalSeconds: 0.5, now };
		const one = await startJobs(env.database, options);
		const two = await startJobs(env.database, options);
		try {
			await Promise.all([one.requestScan(), two.requestScan()]);
			const expected = (await env.db.select().from(notification)).length;
			const deadline = Date.now() + 30_000;
			while (Date.now() < deadline) {
				const sent = await env.db
					.select()
					.from(notification)
					.where(eq(notification.status, 'sent'));
				if (sent.length === expected) break;
				await new Promise((r) => setTimeout(r, 200));
			}
			const rows = await env.db.select().from(notification);
			expect(rows.every((r) => r.status === 'sent')).toBe(true);
			expect(received).toHaveLength(expected);
			const pairs = received.map((r) => `${r.to} ${r.subject}`);
			expect(new Set(pairs).size).toBe(pairs.length);
		} finally {
			await one.stop();
			await two.stop();
		}
	}, 60_000);

	it('claims a notification once when two workers hold it, and keeps it in the outbox without SMTP', async () => {
		const [row] = await env.db
			.insert(notification)
			.values({ key: 'test:1', recipient: 'a@example.no', subject: 'Prøve', body: 'Tekst' })
			.returning();
		const before = received.length;
		const mailer = createMailer({ ...readMailSettings({}), host: '127.0.0.1', port });
		const results = await Promise.all([
			deliverNotification(env.db, row.id, mailer),
			deliverNotification(env.db, row.id, mailer)
		]);
		expect(results.sort()).toEqual(['sent', 'skipped']);
		expect(received.length).toBe(before + 1);

		const [kept] = await env.db
			.insert(notification)
			.values({ key: 'test:2', recipient: 'b@example.no', subject: 'Utboks', body: 'Tekst' })
			.returning();
		expect(await deliverNotification(env.db, kept.id, null)).toBe('outbox');
		const outbox = await (await getOutboxPage(await env.ctxAs('admin'), {})).notifications;
		expect(outbox.rows[0]).toMatchObject({ subject: 'Utboks', status: 'outbox' });
		await expect(getOutboxPage(await env.ctxAs('sekretariat'), {})).rejects.toThrow();
	});
});
