import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../platform/db/client.ts';
import { applyMigrations } from '../platform/db/migrate.ts';
import { createTestDatabase } from '../testing/database.ts';
import { startTestSmtp, type ReceivedMail } from '../testing/smtp.ts';
import { createMailer, readMailSettings } from '../platform/mail.ts';
import { startJobs } from '../platform/jobs.ts';
import { notification } from './schema.ts';

const migrationsFolder = resolve(import.meta.dirname, '../../../../drizzle');

/** Runs the sender child until it has claimed the notification and is sending, then kills it. */
async function claimAndDie(target: string, id: number) {
	const child = spawn(
		process.execPath,
		[resolve(import.meta.dirname, '../testing/sender-child.ts'), target, String(id)],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise<void>((done, fail) => {
		child.on('error', fail);
		child.on('exit', (code) => fail(new Error(`the sender exited with ${code} before sending`)));
		child.stdout.on('data', (chunk: Buffer) => {
			if (!chunk.toString().includes('sending')) return;
			child.removeAllListeners('exit');
			child.on('exit', () => done());
			child.kill('SIGKILL');
		});
	});
}

async function withSmtp<T>(work: (port: number, received: ReceivedMail[]) => Promise<T>) {
	const smtp = await startTestSmtp();
	try {
		return await work(smtp.port, smtp.received);
	} finally {
		await smtp.close();
	}
}

describe('a reminder whose sender died', () => {
	it('is sent once after restart, with the Message-ID of the first try', async () => {
		const embedded = !process.env.DATABASE_URL;
		const dir = embedded ? mkdtempSync(join(tmpdir(), 'samstemt-claim-')) : '';
		let database: Database = embedded
			? await openDatabase({ dataDir: dir })
			: await createTestDatabase();
		const drop = 'drop' in database ? (database.drop as () => Promise<void>) : null;
		try {
			if (embedded) await applyMigrations(database, { migrationsFolder });
			const [row] = await database.db
				.insert(notification)
				.values({ key: 'claim:1', recipient: 'a@example.no', subject: 'Frist', body: 'Tekst' })
				.returning();
			// The embedded folder has one process at a time: the child gets it while it runs.
			if (embedded) await database.close();
			await claimAndDie(embedded ? dir : database.url!, row.id);
			if (embedded) database = await openDatabase({ dataDir: dir });

			const [claimed] = await database.db
				.select()
				.from(notification)
				.where(eq(notification.id, row.id));
			expect(claimed).toMatchObject({ status: 'sending', attempts: 1 });
			expect(claimed.messageId).toMatch(/^<notification-\d+-[a-z0-9]+@localhost>$/);

			await withSmtp(async (port, received) => {
				const mailer = createMailer({ ...readMailSettings({}), host: '127.0.0.1', port });
				const jobs = await startJobs(database, {
					origin: 'https://samstemt.example',
					mailer,
					pollingIntervalSeconds: 0.5,
					staleClaimSeconds: 0
				});
				try {
					await jobs.requestScan();
					const deadline = Date.now() + 30_000;
					let status = '';
					while (Date.now() < deadline && status !== 'sent') {
						await new Promise((r) => setTimeout(r, 200));
						[{ status }] = await database.db
							.select({ status: notification.status })
							.from(notification)
							.where(eq(notification.id, row.id));
					}
					// A second scan finds nothing left to send.
					await jobs.requestScan();
					await new Promise((r) => setTimeout(r, 1_500));
				} finally {
					await jobs.stop();
				}
				const [after] = await database.db
					.select()
					.from(notification)
					.where(eq(notification.id, row.id));
				expect(after).toMatchObject({ status: 'sent', attempts: 2 });
				expect(after.error).toMatch(/avbrutt/);
				expect(received).toHaveLength(1);
				expect(received[0].raw).toContain(`Message-ID: ${claimed.messageId}`);
			});
		} finally {
			if (drop) await drop();
			else await database.close();
			if (dir) rmSync(dir, { recursive: true, force: true });
		}
	}, 90_000);
});
