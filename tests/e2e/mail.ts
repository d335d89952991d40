// The mail the app sent during the browser tests, as the SMTP server in scripts/e2e.ts got it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

const dir = () => {
	const found = process.env.E2E_MAIL_DIR;
	if (!found)
		throw new Error('E2E_MAIL_DIR is not set: run the browser tests with npm run test:e2e');
	return found;
};

async function readAll(): Promise<ParsedMail[]> {
	const files = readdirSync(dir())
		.filter((f) => f.endsWith('.eml'))
		.sort();
	return Promise.all(files.map((f) => simpleParser(readFileSync(join(dir(), f)))));
}

const recipients = (mail: ParsedMail) =>
	[mail.to].flat().flatMap((to) => (to ? to.value.map((a) => a.address?.toLowerCase()) : []));

/** Waits (up to two minutes: the app sends within a minute) for a mail to the address that matches. */
export async function waitForMail(
	to: string,
	match: (mail: ParsedMail) => boolean = () => true
): Promise<ParsedMail> {
	const deadline = Date.now() + 120_000;
	for (;;) {
		const found = (await readAll()).find(
			(mail) => recipients(mail).includes(to.toLowerCase()) && match(mail)
		);
		if (found) return found;
		if (Date.now() > deadline) throw new Error(`no mail to ${to} arrived`);
		await new Promise((r) => setTimeout(r, 1_000));
	}
}
