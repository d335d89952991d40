// A real SMTP server on a free local port for the mail tests; it keeps every message it gets.
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	to: string;
	subject: string;
	raw: string;
}

/** `onMail` hears of each message as it comes (the browser tests write them to files). */
export async function startTestSmtp(onMail?: (mail: ReceivedMail) => void) {
	const received: ReceivedMail[] = [];
	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			let raw = '';
			stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
			stream.on('end', () => {
				const subject = /^Subject: (.*)$/m.exec(raw)?.[1] ?? '';
				for (const to of session.envelope.rcptTo) {
					const mail = { to: to.address, subject, raw };
					received.push(mail);
					onMail?.(mail);
				}
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	return {
		port: (smtp.server.address() as { port: number }).port,
		received,
		close: () => new Promise<void>((resolve) => smtp.close(() => resolve()))
	};
}
