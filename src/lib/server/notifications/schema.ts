import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

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
		body: text('body').notNull(),
		status: text('status', { enum: notificationStatuses }).notNull().default('queued'),
		attempts: integer('attempts').notNull().default(0),
		error: text('error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [index('notification_status_idx').on(t.status, t.createdAt)]
);

export type Notification = typeof notification.$inferSelect;
