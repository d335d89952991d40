// Browser tests: starts the built server on a fresh embedded database and runs tests/e2e with
// node's test runner. With DATABASE_URL set, the same suite runs once more in server mode.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { findChromium } from './lib/chromium.ts';
import { startServer } from './lib/server.ts';
import { startTestSmtp } from '../src/lib/server/testing/smtp.ts';

if (!findChromium()) {
	const message = 'Chromium was not found: the browser tests cannot run.';
	if (process.env.CI) {
		console.error(`ERROR: ${message}`);
		process.exit(1);
	}
	console.warn(
		`\n!!!!!!!!\nWARNING: ${message} Install it (apt-get install chromium) to run them.\n!!!!!!!!\n`
	);
	process.exit(0);
}

// `npm run test:e2e -- meetings phone` runs only the files whose names hold one of the words.
const only = process.argv.slice(2);
const files = readdirSync('tests/e2e')
	.filter((f) => f.endsWith('.e2e.ts'))
	.filter((f) => only.length === 0 || only.some((word) => f.includes(word)))
	.sort()
	.map((f) => join('tests/e2e', f));

/**
 * On a PostgreSQL server the suite runs what only a server shows: two instances on one database,
 * malformed input checked against the audit trail (no write accepted), and the API. The pages
 * are the same code on both databases; the domain tests run on both (scripts/test.ts).
 */
const SERVER_FILES = ['instances', 'fuzz', 'api'];

// The suite runs in a child process that this one waits for without blocking: the SMTP server
// below answers in this process's event loop.
async function runSuite(
	baseUrl: string,
	label: string,
	more: { secondUrl?: string; databaseUrl?: string; files?: string[]; concurrency?: number } = {}
): Promise<number> {
	console.log(`\nBrowser tests (${label}) against ${baseUrl}`);
	const child = spawn(
		process.execPath,
		[
			'--test',
			...(more.concurrency && more.concurrency > 1
				? [`--test-concurrency=${more.concurrency}`]
				: ['--test-isolation=none']),
			'--test-reporter=spec',
			...(more.files ?? files)
		],
		{
			stdio: 'inherit',
			env: {
				...process.env,
				BASE_URL: baseUrl,
				SECOND_BASE_URL: more.secondUrl,
				E2E_DATABASE_URL: more.databaseUrl,
				E2E_MAIL_DIR: mailDir
			}
		}
	);
	return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

// A real SMTP server takes the app's mail; each message is written to a file that the tests read
// (tests/e2e/mail.ts), so that a confirmation link can be followed as a person would.
const mailDir = mkdtempSync(join(tmpdir(), 'samstemt-e2e-mail-'));
let mailCount = 0;
const smtp = await startTestSmtp((mail) =>
	writeFileSync(join(mailDir, `${String(++mailCount).padStart(5, '0')}.eml`), mail.raw)
);
const mailEnv = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false' };

let failed = 0;
const dataDir = mkdtempSync(join(tmpdir(), 'samstemt-e2e-'));
const embedded = await startServer(
	{ DATA_DIR: dataDir, DATABASE_URL: '', ...mailEnv },
	{ quiet: true }
);
try {
	failed += await runSuite(embedded.url, 'embedded database', {
		concurrency: Number(process.env.E2E_CONCURRENCY || 2)
	});
} finally {
	await embedded.stop();
	rmSync(dataDir, { recursive: true, force: true });
}

if (process.env.DATABASE_URL) {
	const name = `samstemt_e2e_${Date.now()}`;
	const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(process.env.DATABASE_URL);
	url.pathname = `/${name}`;
	// Two instances started at once on the new database, as behind a load balancer: one seeds,
	// the other waits for it (tests/e2e/instances.e2e.ts checks both).
	const [server, second] = await Promise.all([
		startServer({ DATABASE_URL: url.href, ...mailEnv }, { quiet: true }),
		startServer({ DATABASE_URL: url.href, ...mailEnv }, { quiet: true })
	]);
	try {
		failed += await runSuite(server.url, 'PostgreSQL server, two instances', {
			secondUrl: second.url,
			databaseUrl: url.href,
			files: only.length
				? files
				: files.filter((f) => SERVER_FILES.some((word) => f.endsWith(`/${word}.e2e.ts`)))
		});
	} finally {
		await Promise.all([server.stop(), second.stop()]);
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	}
}
await smtp.close();
rmSync(mailDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
