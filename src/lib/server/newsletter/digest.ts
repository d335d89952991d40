// The monthly digest: the month's published posts, as text and as HTML, to every confirmed
// subscriber once. Each mail is a row of the outbox under the key `digest:<month>:<subscriber>`,
// so a month's digest is written once however often it is asked for, and the batch sender below
// claims rows before it sends them, so that several workers never send one twice.
import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Tx } from '../core/context.ts';
import { recordAudit } from '../core/audit.ts';
import { newsPost } from '../news/schema.ts';
import { notification } from '../notifications/schema.ts';
import { MAX_ATTEMPTS } from '../notifications/deliver.ts';
import type { Db } from '../platform/db/client.ts';
import type { Mailer } from '../platform/mail.ts';
import { addDays } from '../shared/dates.ts';
import { MONTHS } from '../../periods.ts';
import { newsletterIssue, subscriber } from './schema.ts';

const TOKEN = '%%TOKEN%%';

/** The month before the one a date lies in: `2026-12-01` → `2026-11`. */
export const previousMonth = (today: string) => addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);

const osloStart = (month: string) =>
	sql`((${`${month}-01`}::date)::timestamp at time zone 'Europe/Oslo')`;
const nextMonth = (month: string) => addDays(`${month}-28`, 4).slice(0, 7);

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The month's published posts as the digest tells of them, oldest first. */
async function postsOf(db: Db | Tx, month: string) {
	return db
		.select({ slug: newsPost.slug, title: newsPost.title, lead: newsPost.lead })
		.from(newsPost)
		.where(
			and(
				inArray(newsPost.status, ['published']),
				gte(newsPost.publishedAt, osloStart(month)),
				lt(newsPost.publishedAt, osloStart(nextMonth(month)))
			)
		)
		.orderBy(asc(newsPost.publishedAt));
}

/** The digest's subject, text and HTML, with a placeholder where each subscriber's token goes. */
export function composeDigest(
	origin: string,
	month: string,
	posts: { slug: string; title: string; lead: string }[]
) {
	const name = `${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
	const unsubscribe = `${origin}/nyhetsbrev/avmeld/${TOKEN}`;
	const text = [
		`Nyheter fra Innherredsbyen i ${name}`,
		'',
		...posts.flatMap((p) => [p.title, p.lead, `${origin}/aktuelt/${p.slug}`, '']),
		`Alle nyhetene: ${origin}/aktuelt`,
		`Meld deg av nyhetsbrevet: ${unsubscribe}`
	].join('\n');
	const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Nyheter fra Innherredsbyen</title></head><body>
<h1>Nyheter fra Innherredsbyen i ${name}</h1>
${posts.map((p) => `<h2><a href="${origin}/aktuelt/${p.slug}">${escape(p.title)}</a></h2><p>${escape(p.lead)}</p>`).join('\n')}
<p><a href="${origin}/aktuelt">Alle nyhetene</a></p>
<p><a href="${unsubscribe}">Meld deg av nyhetsbrevet</a></p>
</body></html>`;
	return { subject: `Nyheter fra Innherredsbyen – ${name}`, text, html };
}

/**
 * Writes the month's digest to the outbox for every confirmed subscriber, once: the issue row is
 * unique per month, and the whole is one transaction. Returns null when the month had no posts or
 * its digest was made before.
 */
export async function queueDigest(db: Db, origin: string, month: string) {
	return db.transaction(async (tx) => {
		const posts = await postsOf(tx, month);
		if (!posts.length) return null;
		const [{ n }] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(subscriber)
			.where(eq(subscriber.status, 'confirmed'));
		const [issue] = await tx
			.insert(newsletterIssue)
			.values({ month, posts: posts.length, recipients: n })
			.onConflictDoNothing({ target: newsletterIssue.month })
			.returning();
		if (!issue) return null;
		const digest = composeDigest(origin, month, posts);
		// One statement for every subscriber, each with its own unsubscribe link and headers.
		await tx.execute(sql`
			insert into ${notification} (key, recipient, subject, body, html, headers)
			select 'digest:' || ${month} || ':' || s.id, s.email, ${digest.subject},
				replace(${digest.text}, ${TOKEN}, s.token), replace(${digest.html}, ${TOKEN}, s.token),
				jsonb_build_object(
					'List-Unsubscribe', '<' || ${origin} || '/nyhetsbrev/avmeld/' || s.token || '>',
					'List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')
			from ${subscriber} s where s.status = 'confirmed'
			on conflict (key) do nothing`);
		await recordAudit(tx, null, {
			entity: 'newsletter_issue',
			entityId: issue.id,
			kind: 'queue',
			after: issue
		});
		return issue;
	});
}

/** On the first of the month from 08:00, the digest of the month before. */
export async function queueDueDigest(db: Db, origin: string, today: string, hour: number) {
	if (today.slice(8) !== '01' || hour < 8) return null;
	return queueDigest(db, origin, previousMonth(today));
}

/**
 * Claims up to `size` waiting digest mails (rows another worker holds are skipped), sends them
 * over the mailer's pool a few at a time, and records each outcome. Returns how many it took.
 */
export async function sendDigestBatch(
	db: Db,
	mailer: Mailer | null,
	origin: string,
	size = 200,
	parallel = 8
) {
	const claimed = await db
		.update(notification)
		.set({
			status: 'sending',
			claimedAt: sql`now()`,
			attempts: sql`${notification.attempts} + 1`,
			messageId: sql`coalesce(${notification.messageId}, '<digest-' || ${notification.id} || '@' || ${new URL(origin).hostname} || '>')`
		})
		.where(
			inArray(
				notification.id,
				sql`(select ${notification.id} from ${notification} where ${notification.status} = 'queued' and ${notification.key} like 'digest:%' order by ${notification.id} limit ${size} for update skip locked)`
			)
		)
		.returning();
	if (!claimed.length) return 0;
	if (!mailer) {
		await db
			.update(notification)
			.set({ status: 'outbox' })
			.where(
				inArray(
					notification.id,
					claimed.map((c) => c.id)
				)
			);
		return claimed.length;
	}
	const sent: number[] = [];
	const failed: { id: number; attempts: number; error: string }[] = [];
	for (let i = 0; i < claimed.length; i += parallel)
		await Promise.all(
			claimed.slice(i, i + parallel).map(async (mail) => {
				try {
					await mailer.send({
						to: mail.recipient,
						subject: mail.subject,
						text: mail.body,
						html: mail.html ?? undefined,
						headers: mail.headers ?? undefined,
						messageId: mail.messageId ?? undefined
					});
					sent.push(mail.id);
				} catch (error) {
					failed.push({ id: mail.id, attempts: mail.attempts, error: String(error) });
				}
			})
		);
	if (sent.length)
		await db
			.update(notification)
			.set({ status: 'sent', sentAt: new Date() })
			.where(inArray(notification.id, sent));
	for (const f of failed)
		await db
			.update(notification)
			.set({ status: f.attempts >= MAX_ATTEMPTS ? 'failed' : 'queued', error: f.error })
			.where(eq(notification.id, f.id));
	return claimed.length;
}

/** Sends every waiting digest mail, batch after batch, and says how many it took. */
export async function drainDigests(db: Db, mailer: Mailer | null, origin: string) {
	let total = 0;
	for (;;) {
		const taken = await sendDigestBatch(db, mailer, origin);
		if (!taken) return total;
		total += taken;
	}
}
