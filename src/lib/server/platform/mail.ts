import nodemailer from 'nodemailer';

export interface MailSettings {
	host?: string;
	port: number;
	secure: boolean;
	user?: string;
	password?: string;
	from: string;
}

export function readMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
	return {
		host: env.SMTP_HOST || undefined,
		port: Number(env.SMTP_PORT || 587),
		secure: env.SMTP_SECURE === 'true',
		user: env.SMTP_USER || undefined,
		password: env.SMTP_PASSWORD || undefined,
		from: env.MAIL_FROM || 'Samstemt <ikke-svar@samstemt.no>'
	};
}

export interface Mailer {
	send(message: {
		to: string;
		subject: string;
		text: string;
		html?: string;
		headers?: Record<string, string>;
		messageId?: string;
	}): Promise<void>;
	/** Closes the connections a pooled mailer keeps open. */
	close(): void;
}

/**
 * An SMTP mailer, or null when no SMTP server is configured (mail then stays in the outbox). The
 * app's is `pooled`: a few connections kept open, for the monthly digest's thousands in a row.
 */
export function createMailer(
	settings: MailSettings,
	options: { pooled?: boolean } = {}
): Mailer | null {
	if (!settings.host) return null;
	const transport = nodemailer.createTransport({
		host: settings.host,
		port: settings.port,
		secure: settings.secure,
		auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
		...(options.pooled ? { pool: true as const, maxConnections: 4 } : {}),
		// Well inside the time after which a claim counts as stale (deliver.ts), so that a slow
		// server fails a try rather than leaving it to look like a dead worker.
		connectionTimeout: 30_000,
		greetingTimeout: 30_000,
		socketTimeout: 60_000
	});
	return {
		send: async (message) => {
			await transport.sendMail({ from: settings.from, ...message });
		},
		close: () => transport.close()
	};
}
