// A real SMTP server on a free local port for the mail tests; it keeps every message it gets.
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	to: string;
	subject: string;
	raw: string;
}

export async function startTestSmtp() {
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
				for (const to of session.envelope.rcptTo) received.push({ to: to.address, subject, raw });
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
