import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { subscribeInput, subscriberTokenRef } from '../../schemas/newsletter.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { checkPublicForm } from '../core/public-forms.ts';
import { parseInput } from '../core/validate.ts';
import { notification } from '../notifications/schema.ts';
import { subscriber } from './schema.ts';

/** Subscriptions an address may ask for an hour. */
export const SUBSCRIPTIONS_PER_HOUR = 10;
/** Confirmation mails one request may cause; more would let anyone flood a mailbox. */
export const MAX_CONFIRMATIONS = 3;

const newToken = () => randomBytes(24).toString('base64url');

/** The headers that let a mail client offer one-click unsubscription (RFC 2369 and RFC 8058). */
export function unsubscribeHeaders(origin: string, token: string): Record<string, string> {
	return {
		'List-Unsubscribe': `<${origin}/nyhetsbrev/avmeld/${token}>`,
		'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
	};
}

async function queueConfirmation(
	tx: Tx,
	origin: string,
	row: { id: number; email: string; token: string; confirmationsSent: number }
) {
	await tx
		.insert(notification)
		.values({
			key: `newsletter-confirm:${row.id}:${row.token}:${row.confirmationsSent}`,
			recipient: row.email,
			subject: 'Bekreft abonnementet på nyhetsbrevet fra Innherredsbyen',
			body: [
				'Hei.',
				'',
				'Noen, forhåpentlig du, har bedt om å få nyhetsbrevet fra Innherredsbyen til denne adressen.',
				'Bekreft abonnementet her:',
				`${origin}/nyhetsbrev/bekreft/${row.token}`,
				'',
				'Har du ikke bedt om det, trenger du ikke gjøre noe: uten bekreftelse får du ingen flere e-poster fra oss.'
			].join('\n'),
			headers: unsubscribeHeaders(origin, row.token)
		})
		.onConflictDoNothing({ target: notification.key });
}

/**
 * Asks for a subscription (double opt-in): a new or ended address gets a confirmation mail and
 * nothing else until it is confirmed. What happens is the same to the asker whether the address
 * was known or not, so the form never tells who subscribes.
 */
export async function subscribe(ctx: Ctx, raw: unknown) {
	const input = parseInput(subscribeInput, raw);
	await checkPublicForm(ctx, input, 'subscribe', SUBSCRIPTIONS_PER_HOUR);
	await ctx.db.transaction(async (tx) => {
		const [known] = await tx
			.select()
			.from(subscriber)
			.where(eq(subscriber.email, input.email))
			.for('update');
		if (known?.status === 'confirmed') return;
		const pending =
			known?.status === 'pending'
				? known.confirmationsSent < MAX_CONFIRMATIONS
					? (
							await tx
								.update(subscriber)
								.set({ confirmationsSent: sql`${subscriber.confirmationsSent} + 1` })
								.where(eq(subscriber.id, known.id))
								.returning()
						)[0]
					: null
				: known
					? (
							await tx
								.update(subscriber)
								.set({
									status: 'pending',
									token: newToken(),
									confirmationsSent: 1,
									unsubscribedAt: null
								})
								.where(eq(subscriber.id, known.id))
								.returning()
						)[0]
					: (
							await tx
								.insert(subscriber)
								.values({ email: input.email, token: newToken(), confirmationsSent: 1 })
								.returning()
						)[0];
		if (!pending) return;
		await queueConfirmation(tx, ctx.origin, pending);
		await recordAudit(tx, null, {
			entity: 'subscriber',
			entityId: pending.id,
			kind: 'subscribe',
			after: { status: pending.status }
		});
	});
}

/** The subscription a link's token names, or NotFound (an old or mistyped link). */
async function byToken(tx: Tx, raw: unknown) {
	const { token } = parseInput(subscriberTokenRef, raw);
	const [row] = await tx.select().from(subscriber).where(eq(subscriber.token, token)).for('update');
	if (!row) throw new NotFoundError('subscriber');
	return row;
}

/** Confirms a subscription from the link in the confirmation mail. */
export async function confirmSubscription(ctx: Ctx, raw: unknown) {
	return ctx.db.transaction(async (tx) => {
		const row = await byToken(tx, raw);
		if (row.status === 'confirmed') return { status: 'confirmed' as const };
		if (row.status === 'unsubscribed') return { status: 'unsubscribed' as const };
		await tx
			.update(subscriber)
			.set({ status: 'confirmed', confirmedAt: sql`now()` })
			.where(and(eq(subscriber.id, row.id), eq(subscriber.status, 'pending')));
		await recordAudit(tx, null, {
			entity: 'subscriber',
			entityId: row.id,
			kind: 'confirm',
			after: { status: 'confirmed' }
		});
		return { status: 'confirmed' as const };
	});
}

/** Ends a subscription, from the link in any mail or the mail client's one-click unsubscribe. */
export async function unsubscribe(ctx: Ctx, raw: unknown) {
	return ctx.db.transaction(async (tx) => {
		const row = await byToken(tx, raw);
		if (row.status !== 'unsubscribed') {
			await tx
				.update(subscriber)
				.set({ status: 'unsubscribed', unsubscribedAt: sql`now()` })
				.where(eq(subscriber.id, row.id));
			// Mail not yet sent to the address stays unsent.
			await tx
				.update(notification)
				.set({ status: 'failed', error: 'Abonnementet ble avsluttet før sending.' })
				.where(
					and(
						eq(notification.recipient, row.email),
						eq(notification.status, 'queued'),
						sql`${notification.key} like 'digest:%'`
					)
				);
			await recordAudit(tx, null, {
				entity: 'subscriber',
				entityId: row.id,
				kind: 'unsubscribe',
				after: { status: 'unsubscribed' }
			});
		}
		return { status: 'unsubscribed' as const };
	});
}
