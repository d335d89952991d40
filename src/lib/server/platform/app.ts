import { createAuth, type Auth } from './auth.ts';
import { readGeneration } from '../core/audit.ts';
import { DEMO_PASSWORD, demoLoginsInUse, seedDemoOnce, type DemoLogin } from '../demo/seed.ts';
import type { Database } from './db/client.ts';
import { createMailer, readMailSettings } from './mail.ts';
import { startJobs } from './jobs.ts';
import { rebuildSearchIfEmpty } from '../search/indexer.ts';
import { getDatabase, readSettings, resolveAuthSecret } from './runtime.ts';

export interface App {
	database: Database;
	auth: Auth;
	jobs: Awaited<ReturnType<typeof startJobs>> | null;
}

let app: Promise<App> | undefined;

/** Opens the database (migrating it) and builds the auth instance once per process. */
export function getApp(): Promise<App> {
	app ??= (async () => {
		const settings = readSettings();
		const database = await getDatabase(settings);
		// Follow the cache generation from the start (on a server: LISTEN), for the response cache
		// and the figures kept per generation.
		await readGeneration(database);
		if (settings.seedDemo && (await seedDemoOnce(database.db))) await database.exec('analyze');
		// What was written without recorded changes (the demo, data from before the search) is found too.
		await rebuildSearchIfEmpty(database.db);
		if (settings.seedDemo) printDemoLogins(await demoLoginsInUse(database.db));
		const secret = await resolveAuthSecret(database, settings.authSecret);
		let jobs: App['jobs'] = null;
		if (settings.jobs) {
			jobs = await startJobs(database, {
				origin: settings.origin,
				mailer: createMailer(readMailSettings(), { pooled: true }),
				ssb: settings.ssbImport ? { baseUrl: settings.ssbApiUrl } : null,
				schedule: true
			});
			// Look for due reminders now, not only at the next quarter hour.
			await jobs.requestScan();
		}
		return { database, auth: createAuth(database.db, { secret, origin: settings.origin }), jobs };
	})();
	return app;
}

/** Printed at every start while the demo users still have the demo password. */
function printDemoLogins(logins: DemoLogin[]) {
	if (!logins.length) return;
	console.log(`\nDemo-innlogginger (passord for alle: ${DEMO_PASSWORD}):`);
	for (const login of logins)
		console.log(`  ${login.email.padEnd(32)} ${login.role.padEnd(12)} ${login.organisation ?? ''}`);
	console.log('');
}
