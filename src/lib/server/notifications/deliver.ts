import { and, asc, count, desc, eq, lt, notLike, sql } from 'drizzle-orm';
import { allow, canReadOutbox } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import type { Db } from '../platform/db/client.ts';
import { paging } from '../../schemas/common.ts';
import { parseInput } from '../core/validate.ts';
import { readMailSettings, type Mailer } from '../platform/mail.ts';
import { notification } from './schema.ts';

/** How long a claim may stand before the scan takes it for a worker that died mid-send. */
export const STALE_CLAIM_SECONDS = 10 * 60;
/** Tries before a notification is marked failed. */
export const MAX_ATTEMPTS = 3;

/**
 * Delivers one notification at most once in the ordinary case: a worker first claims it
 * (queued → sending, with the time and one more try) in one statement, so of two workers holding
 * the same job only one goes on to send. If the claiming process dies, the scan puts the claim back
 * in the queue once it is stale (`requeueStaleClaims`). Every try of a notification sends the same
 * Message-ID, so a retry after a send that reached the server but was not recorded can be told
 * from a new mail by the receiving side. Without a mailer it stays in the outbox for an admin.
 */
export async function deliverNotification(
	db: Db,
	id: number,
	mailer: Mailer | null,
	origin = 'http://localhost'
) {
	const [claimed] = await db
		.update(notification)
		.set({
			status: 'sending',
			claimedAt: sql`now()`,
			attempts: sql`${notification.attempts} + 1`,
			messageId: sql`coalesce(${notification.messageId}, ${messageIdFor(id, origin)})`
		})
		.where(and(eq(notification.id, id), eq(notification.status, 'queued')))
		.returning();
	if (!claimed) return 'skipped' as const;
	if (!mailer) {
		await db.update(notification).set({ status: 'outbox' }).where(eq(notification.id, id));
		return 'outbox' as const;
	}
	try {
		await mailer.send({
			to: claimed.recipient,
			subject: claimed.subject,
			text: claimed.body,
			html: claimed.html ?? undefined,
			headers: claimed.headers ?? undefined,
			messageId: claimed.messageId ?? undefined
		});
		await db
			.update(notification)
			.set({ status: 'sent', sentAt: new Date() })
			.where(eq(notification.id, id));
		return 'sent' as const;
	} catch (error) {
		// Back in the queue for the job's retry; after the last try it is marked failed.
		await db
			.update(notification)
			.set({
				status: claimed.attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
				error: String(error)
			})
			.where(eq(notification.id, id));
		throw error;
	}
}

function messageIdFor(id: number, origin: string): string {
	let host = 'samstemt.invalid';
	try {
		host = new URL(origin).hostname || host;
	} catch {
		// keep the fallback
	}
	return `<notification-${id}-${Date.now().toString(36)}@${host}>`;
}

/**
 * Claims older than `STALE_CLAIM_SECONDS` belong to a worker that died after claiming: they go
 * back in the queue (or are marked failed after the last try) with a note of what happened.
 */
export async function requeueStaleClaims(db: Db, staleSeconds = STALE_CLAIM_SECONDS) {
	const rows = await db
		.update(notification)
		.set({
			status: sql`case when ${notification.attempts} >= ${MAX_ATTEMPTS} then 'failed' else 'queued' end`,
			error: 'Sendingen ble avbrutt (prosessen stoppet) og prøves på nytt.'
		})
		.where(
			and(
				eq(notification.status, 'sending'),
				lt(notification.claimedAt, sql`now() - make_interval(secs => ${staleSeconds})`)
			)
		)
		.returning({ id: notification.id });
	return rows.map((r) => r.id);
}

/**
 * Notifications waiting to be sent: new ones, ones whose job was lost (a crash between scan and
 * send) and ones put back for a retry.
 */
export async function listQueued(db: Db) {
	const rows = await db
		.select({ id: notification.id })
		.from(notification)
		// The digest's mails go in batches of their own (newsletter/digest.ts).
		.where(and(eq(notification.status, 'queued'), notLike(notification.key, 'digest:%')))
		.orderBy(asc(notification.id))
		.limit(500);
	return rows.map((r) => r.id);
}

/** The outbox page: the mail, a page at a time, and whether SMTP is set up. */
export async function getOutboxPage(ctx: Ctx, input: unknown) {
	const page = parseInput(paging(50), input);
	return {
		notifications: await listNotifications(ctx, page),
		smtp: Boolean(readMailSettings().host),
		...page
	};
}

/** The outbox and the record of sent mail, newest first, for an admin. */
async function listNotifications(ctx: Ctx, page: { limit: number; offset: number }) {
	allow(ctx, canReadOutbox);
	const [rows, [{ total }]] = [
		await ctx.db
			.select()
			.from(notification)
			.orderBy(desc(notification.createdAt), desc(notification.id))
			.limit(page.limit)
			.offset(page.offset),
		await ctx.db.select({ total: count() }).from(notification)
	];
	return { rows, total };
}
