import { PgBoss, fromPglite } from 'pg-boss';
import type { Database } from './db/client.ts';
import { log } from './log.ts';
import { pruneSubmissions } from '../core/submissions.ts';
import { deliverNotification, listQueued, requeueStaleClaims } from '../notifications/deliver.ts';
import type { Mailer } from './mail.ts';
import { scanReminders } from '../notifications/reminders.ts';
import { publishDuePosts } from '../news/commands.ts';
import { erasePersonalData, retentionDays } from '../questions/commands.ts';
import { drainDigests, queueDueDigest } from '../newsletter/digest.ts';
import { runSsbImports } from '../knowledge/ssb.ts';
import { osloDate, osloHour } from '../shared/dates.ts';

export const SCAN_QUEUE = 'reminder-scan';
export const SEND_QUEUE = 'send-notification';
/** Every minute: publishes the scheduled news posts whose time has come, and sends new mail. */
export const PUBLISH_QUEUE = 'news-publish';
/** Imports indicators from Statistics Norway, each morning when it is switched on. */
export const SSB_QUEUE = 'ssb-import';
/** Sends the waiting mails of the monthly digest, in batches. */
export const DIGEST_QUEUE = 'newsletter-send';

export interface JobOptions {
	origin: string;
	mailer: Mailer | null;
	/** Schedule the reminder scan every 15 minutes; off in tests, which run it themselves. */
	schedule?: boolean;
	pollingIntervalSeconds?: number;
	/** The clock the scan reads the day and hour from (tests fix it; by default the real one). */
	now?: () => Date;
	/** Statistics Norway's API, when indicators are to be imported from it every morning. */
	ssb?: { baseUrl: string } | null;
	/** After how long a claim counts as a dead worker's (default `STALE_CLAIM_SECONDS`). */
	staleClaimSeconds?: number;
}

/**
 * The job queue in PostgreSQL (pg-boss): on a server every instance works the same queues and a
 * job goes to one of them; on the embedded database the queue runs in this process. The reminder
 * scan writes each due reminder once and queues one send job for it.
 */
export async function startJobs(database: Database, options: JobOptions) {
	const boss =
		database.mode === 'pglite'
			? new PgBoss({ db: fromPglite(database.pglite!), backend: 'pglite' })
			: new PgBoss({ connectionString: database.url!, max: 2, application_name: 'samstemt-jobs' });
	boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
	await boss.start();
	await boss.createQueue(SCAN_QUEUE);
	await boss.createQueue(SEND_QUEUE, { retryLimit: 2, retryDelay: 60 });
	await boss.createQueue(PUBLISH_QUEUE);
	await boss.createQueue(DIGEST_QUEUE);
	await boss.createQueue(SSB_QUEUE);
	const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

	// Every waiting notification gets a job; a duplicate job finds it claimed and does nothing.
	const queueWaiting = async () => {
		const waiting = await listQueued(database.db);
		for (const id of waiting)
			await boss.send(SEND_QUEUE, { id }, { singletonKey: `notification-${id}` });
		return waiting.length;
	};
	const scan = async () => {
		const requeued = await requeueStaleClaims(database.db, options.staleClaimSeconds);
		await pruneSubmissions(database.db);
		const now = options.now?.() ?? new Date();
		const fresh = await scanReminders(database.db, options.origin, osloDate(now), osloHour(now));
		await erasePersonalData(database.db, retentionDays());
		await queueDueDigest(database.db, options.origin, osloDate(now), osloHour(now));
		const queued = await queueWaiting();
		return { fresh: fresh.length, queued, requeued: requeued.length };
	};
	await boss.work(SCAN_QUEUE, polling, async () => scan());
	await boss.work<{ id: number }>(SEND_QUEUE, { ...polling, batchSize: 1 }, async ([job]) =>
		deliverNotification(database.db, job.data.id, options.mailer, options.origin)
	);
	// Every minute: scheduled posts whose time has come, and mail written since (an answer to a
	// question, a confirmation), so that it goes out within a minute rather than at the next scan.
	await boss.work(PUBLISH_QUEUE, polling, async () => {
		const published = (await publishDuePosts(database.db)).length;
		const queued = await queueWaiting();
		await boss.send(DIGEST_QUEUE, {}, { singletonKey: 'digest' });
		return { published, queued };
	});
	await boss.work(DIGEST_QUEUE, polling, async () =>
		drainDigests(database.db, options.mailer, options.origin)
	);
	const ssb = options.ssb;
	if (ssb) await boss.work(SSB_QUEUE, polling, async () => runSsbImports(database.db, ssb));
	if (options.schedule && ssb)
		await boss.schedule(SSB_QUEUE, '0 6 * * *', null, { tz: 'Europe/Oslo' });
	if (options.schedule) {
		await boss.schedule(SCAN_QUEUE, '*/15 * * * *', null, { tz: 'Europe/Oslo' });
		await boss.schedule(PUBLISH_QUEUE, '* * * * *', null, { tz: 'Europe/Oslo' });
	}
	return {
		boss,
		/** Queues a reminder scan now, as the schedule does. */
		requestScan: () => boss.send(SCAN_QUEUE, {}),
		stop: () => boss.stop({ graceful: true, timeout: 5_000 })
	};
}
