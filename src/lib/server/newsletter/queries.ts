import { count, desc, eq, sql } from 'drizzle-orm';
import { subscriberTokenRef } from '../../schemas/newsletter.ts';
import { subscriberStatuses } from '../../schemas/values.ts';
import { allow, canManageNewsletter } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { formStartToken } from '../core/public-forms.ts';
import { parseInput } from '../core/validate.ts';
import { notification } from '../notifications/schema.ts';
import { newsletterIssue, subscriber } from './schema.ts';

/** The subscription form, with its signed start time. */
export async function newSubscribeForm(ctx: Ctx) {
	return { startedAt: await formStartToken(ctx.db) };
}

/** Where a confirmation or unsubscription link's subscription stands; nothing of the address. */
export async function getSubscriptionByToken(ctx: Ctx, input: unknown) {
	const { token } = parseInput(subscriberTokenRef, input);
	const [row] = await ctx.db
		.select({ status: subscriber.status })
		.from(subscriber)
		.where(eq(subscriber.token, token));
	if (!row) throw new NotFoundError('subscriber');
	return row;
}

/**
 * The administrator's view: how many subscribe, and each month's digest with its mails by status.
 * Never the list of addresses.
 */
export async function getNewsletterAdminPage(ctx: Ctx) {
	allow(ctx, canManageNewsletter);
	const counts = await ctx.db
		.select({ status: subscriber.status, n: count() })
		.from(subscriber)
		.groupBy(subscriber.status);
	const issues = await ctx.db
		.select()
		.from(newsletterIssue)
		.orderBy(desc(newsletterIssue.month))
		.limit(24);
	const mails = await ctx.db
		.select({
			month: sql<string>`split_part(${notification.key}, ':', 2)`,
			status: notification.status,
			n: sql<number>`count(*)::int`
		})
		.from(notification)
		.where(sql`${notification.key} like 'digest:%'`)
		.groupBy(sql`1`, notification.status);
	return {
		subscribers: subscriberStatuses.map((status) => ({
			status,
			n: counts.find((c) => c.status === status)?.n ?? 0
		})),
		issues: issues.map((issue) => {
			const of = (status: string) =>
				mails.find((m) => m.month === issue.month && m.status === status)?.n ?? 0;
			return {
				...issue,
				sent: of('sent'),
				waiting: of('queued') + of('sending'),
				failed: of('failed'),
				outbox: of('outbox')
			};
		})
	};
}
