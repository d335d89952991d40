import { eq, like } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../core/context.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../core/errors.ts';
import { formStartToken } from '../core/public-forms.ts';
import { newsPost } from '../news/schema.ts';
import { notification } from '../notifications/schema.ts';
import { createMailer, readMailSettings } from '../platform/mail.ts';
import { createSeededDatabase, TEST_ORIGIN } from '../testing/database.ts';
import { startTestSmtp } from '../testing/smtp.ts';
import { confirmSubscription, subscribe, unsubscribe } from './commands.ts';
import { previousMonth, queueDigest, queueDueDigest, sendDigestBatch } from './digest.ts';
import { getNewsletterAdminPage, getSubscriptionByToken } from './queries.ts';
import { subscriber } from './schema.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
let address = 0;

async function citizen(): Promise<Ctx> {
	return {
		...(await env.ctxAs(null)),
		client: { address: `10.1.0.${++address}`, headers: new Headers() }
	};
}

const ask = async (email: string, over: Record<string, unknown> = {}) =>
	subscribe(await citizen(), {
		email,
		website: '',
		startedAt: await formStartToken(env.db, Date.now() - 30_000),
		...over
	});

const tokenOf = async (email: string) =>
	(await env.db.select().from(subscriber).where(eq(subscriber.email, email)))[0].token;

beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(() => env.database.drop());

describe('the newsletter', () => {
	it('asks for a confirmation before anything is sent, never tells who subscribes, and ends in one click', async () => {
		await ask('Per@Example.no');
		const [row] = await env.db
			.select()
			.from(subscriber)
			.where(eq(subscriber.email, 'per@example.no'));
		expect(row.status).toBe('pending');
		const confirmations = () =>
			env.db
				.select()
				.from(notification)
				.where(like(notification.key, `newsletter-confirm:${row.id}:%`));
		const [mail] = await confirmations();
		expect(mail.body).toContain(`${TEST_ORIGIN}/nyhetsbrev/bekreft/${row.token}`);
		expect(mail.headers).toEqual({
			'List-Unsubscribe': `<${TEST_ORIGIN}/nyhetsbrev/avmeld/${row.token}>`,
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
		});
		// Asking again answers the same; resends are bounded.
		for (let i = 0; i < 5; i++) await expect(ask('per@example.no')).resolves.toBeUndefined();
		expect(await confirmations()).toHaveLength(3);

		const anonymous = await env.ctxAs(null);
		expect(await getSubscriptionByToken(anonymous, { token: row.token })).toEqual({
			status: 'pending'
		});
		await confirmSubscription(anonymous, { token: row.token });
		expect(await getSubscriptionByToken(anonymous, { token: row.token })).toEqual({
			status: 'confirmed'
		});
		// A confirmed address asking again changes nothing and sends nothing.
		await ask('per@example.no');
		expect(await confirmations()).toHaveLength(3);

		await unsubscribe(anonymous, { token: row.token });
		expect(await getSubscriptionByToken(anonymous, { token: row.token })).toEqual({
			status: 'unsubscribed'
		});
		await expect(confirmSubscription(anonymous, { token: 'x'.repeat(32) })).rejects.toBeInstanceOf(
			NotFoundError
		);
		const error = await ask('ikke en adresse').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect((error as ValidationError).fields).toEqual({ email: 'newsletter_error_email' });
	});

	it('sends the month’s digest to each confirmed subscriber once, with a text part and one-click unsubscription', async () => {
		const staff = await env.ctxAs('sekretariat');
		for (const email of ['a@example.no', 'b@example.no', 'c@example.no', 'd@example.no'])
			await ask(email);
		for (const email of ['a@example.no', 'b@example.no', 'c@example.no'])
			await confirmSubscription(staff, { token: await tokenOf(email) });
		await unsubscribe(staff, { token: await tokenOf('c@example.no') });
		await env.db.insert(newsPost).values([
			{
				slug: 'digest-1',
				title: 'Første nyhet i oktober',
				lead: 'Ingress én.',
				status: 'published',
				publishedAt: new Date('2030-10-03T10:00:00Z')
			},
			{
				slug: 'digest-2',
				title: 'Andre nyhet i oktober',
				lead: 'Ingress to.',
				status: 'published',
				publishedAt: new Date('2030-10-20T10:00:00Z')
			},
			{ slug: 'digest-3', title: 'Utkast', status: 'draft' }
		]);
		expect(previousMonth('2030-11-01')).toBe('2030-10');
		expect(await queueDueDigest(env.db, TEST_ORIGIN, '2030-11-01', 7)).toBeNull();
		const issue = await queueDueDigest(env.db, TEST_ORIGIN, '2030-11-01', 9);
		expect(issue).toMatchObject({ month: '2030-10', posts: 2, recipients: 2 });
		expect(await queueDigest(env.db, TEST_ORIGIN, '2030-10')).toBeNull();
		expect(await queueDigest(env.db, TEST_ORIGIN, '2030-09')).toBeNull();

		const smtp = await startTestSmtp();
		try {
			const mailer = createMailer({ ...readMailSettings({}), host: '127.0.0.1', port: smtp.port });
			// Two workers take batches at once; each mail goes once.
			const taken = await Promise.all([
				sendDigestBatch(env.db, mailer, TEST_ORIGIN, 1),
				sendDigestBatch(env.db, mailer, TEST_ORIGIN, 1),
				sendDigestBatch(env.db, mailer, TEST_ORIGIN, 5)
			]);
			expect(taken.reduce((a, b) => a + b, 0)).toBe(2);
			expect(await sendDigestBatch(env.db, mailer, TEST_ORIGIN)).toBe(0);
			const digests = smtp.received.filter((m) => /^Message-ID: <digest-/im.test(m.raw));
			expect(digests.map((m) => m.to).sort()).toEqual(['a@example.no', 'b@example.no']);
			const parsed = await simpleParser(digests.find((m) => m.to === 'a@example.no')!.raw);
			const token = await tokenOf('a@example.no');
			// mailparser reads the List-* headers (RFC 2369) into one object.
			expect(parsed.headers.get('list')).toEqual({
				unsubscribe: { url: `${TEST_ORIGIN}/nyhetsbrev/avmeld/${token}` },
				'unsubscribe-post': { name: 'List-Unsubscribe=One-Click' }
			});
			expect(parsed.text).toContain('Første nyhet i oktober');
			expect(parsed.text).toContain(`${TEST_ORIGIN}/nyhetsbrev/avmeld/${token}`);
			expect(parsed.text).not.toContain('Utkast');
			expect(parsed.html).toContain('<h2><a href="https://samstemt.example/aktuelt/digest-2">');
		} finally {
			await smtp.close();
		}

		const admin = await getNewsletterAdminPage(await env.ctxAs('admin'));
		expect(admin.issues[0]).toMatchObject({ month: '2030-10', sent: 2, waiting: 0 });
		expect(admin.subscribers.find((s) => s.status === 'confirmed')?.n).toBeGreaterThanOrEqual(2);
		expect(JSON.stringify(admin)).not.toContain('a@example.no');
		await expect(getNewsletterAdminPage(staff)).rejects.toBeInstanceOf(ForbiddenError);
	});
});
