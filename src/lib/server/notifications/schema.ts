import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const notificationStatuses = ['queued', 'sending', 'sent', 'outbox', 'failed'] as const;

/**
 * Every e-mail the app sends, and the outbox when no SMTP server is configured. The key names
 * the reminder (what, which deadline, to whom): a reminder exists once, however many instances
 * look for due reminders.
 */
export const notification = pgTable(
	'notification',
	{
		id: serial('id').primaryKey(),
		key: text('key').notNull().unique(),
		recipient: text('recipient').notNull(),
		subject: text('subject').notNull(),
		/** The plain-text part; every mail has one. */
		body: text('body').notNull(),
		/** An HTML part beside the text (the newsletter's digest). */
		html: text('html'),
		/** Extra headers, such as `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058). */
		headers: jsonb('headers').$type<Record<string, string>>(),
		status: text('status', { enum: notificationStatuses }).notNull().default('queued'),
		/** Tries so far; each claim is one. */
		attempts: integer('attempts').notNull().default(0),
		/** The last try's error, kept after a later success is recorded as cleared. */
		error: text('error'),
		/** When a worker claimed it (status `sending`); a claim that grows old is retried. */
		claimedAt: timestamp('claimed_at', { withTimezone: true }),
		/** The Message-ID every try sends, so that a receiver can tell a retry from a new mail. */
		messageId: text('message_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [index('notification_status_idx').on(t.status, t.createdAt)]
);

export type Notification = typeof notification.$inferSelect;
