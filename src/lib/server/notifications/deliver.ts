import { and, asc, count, desc, eq } from 'drizzle-orm';
import { assertAllowed, canReadOutbox } from '../access.ts';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/client.ts';
import type { Mailer } from './mailer.ts';
import { notification } from './schema.ts';

/**
 * Delivers one notification at most once: a worker first claims it (queued → sending) in one
 * statement, so of two workers holding the same job only one goes on to send. Without a mailer it
 * stays in the outbox for an admin to read.
 */
export async function deliverNotification(db: Db, id: number, mailer: Mailer | null) {
	const [claimed] = await db
		.update(notification)
		.set({ status: 'sending' })
		.where(and(eq(notification.id, id), eq(notification.status, 'queued')))
		.returning();
	if (!claimed) return 'skipped' as const;
	if (!mailer) {
		await db.update(notification).set({ status: 'outbox' }).where(eq(notification.id, id));
		return 'outbox' as const;
	}
	try {
		await mailer.send({ to: claimed.recipient, subject: claimed.subject, text: claimed.body });
		await db
			.update(notification)
			.set({ status: 'sent', sentAt: new Date(), attempts: claimed.attempts + 1, error: null })
			.where(eq(notification.id, id));
		return 'sent' as const;
	} catch (error) {
		// Back in the queue for the job's retry; after three attempts it is marked failed.
		const attempts = claimed.attempts + 1;
		await db
			.update(notification)
			.set({ status: attempts >= 3 ? 'failed' : 'queued', attempts, error: String(error) })
			.where(eq(notification.id, id));
		throw error;
	}
}

/**
 * Notifications waiting to be sent: new ones, ones whose job was lost (a crash between scan and
 * send) and ones put back for a retry.
 */
export async function listQueued(db: Db) {
	const rows = await db
		.select({ id: notification.id })
		.from(notification)
		.where(eq(notification.status, 'queued'))
		.orderBy(asc(notification.id))
		.limit(500);
	return rows.map((r) => r.id);
}

/** The outbox and the record of sent mail, newest first, for an admin. */
export async function listNotifications(ctx: Ctx, page: { limit: number; offset: number }) {
	assertAllowed(canReadOutbox(ctx.actor));
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
