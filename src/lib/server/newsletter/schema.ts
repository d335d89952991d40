import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { subscriberStatuses } from '../../schemas/values.ts';

/**
 * A subscriber of the monthly digest. Nothing but the confirmation is sent until it is confirmed;
 * the token, secret and unguessable, is the subscriber's key to confirm and to unsubscribe.
 */
export const subscriber = pgTable(
	'subscriber',
	{
		id: serial('id').primaryKey(),
		email: text('email').notNull().unique(),
		status: text('status', { enum: subscriberStatuses }).notNull().default('pending'),
		token: text('token').notNull().unique(),
		/** Confirmation mails sent for the current request, to keep resends in bounds. */
		confirmationsSent: integer('confirmations_sent').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true })
	},
	(t) => [index('subscriber_status_idx').on(t.status, t.id)]
);

/** One month's digest: made once, its mails written to the outbox under keys of their own. */
export const newsletterIssue = pgTable('newsletter_issue', {
	id: serial('id').primaryKey(),
	/** The month the digest tells of: `2026-11`. */
	month: text('month').notNull().unique(),
	posts: integer('posts').notNull(),
	recipients: integer('recipients').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
