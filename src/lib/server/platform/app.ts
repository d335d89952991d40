import { createAuth, type Auth } from './auth.ts';
import { DEMO_PASSWORD, seedDemoOnce } from '../demo/seed.ts';
import type { Database } from './db/client.ts';
import { createMailer, readMailSettings } from './mail.ts';
import { startJobs } from './jobs.ts';
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
		const logins = settings.seedDemo ? await seedDemoOnce(database.db) : null;
		if (logins) {
			await database.exec('analyze');
			console.log(
				'\nDemo data seeded. Log in with one of these (password for all: %s):',
				DEMO_PASSWORD
			);
			for (const login of logins)
				console.log(
					`  ${login.email.padEnd(32)} ${login.role.padEnd(12)} ${login.organisation ?? ''}`
				);
			console.log('');
		}
		const secret = await resolveAuthSecret(database, settings.authSecret);
		let jobs: App['jobs'] = null;
		if (settings.jobs) {
			jobs = await startJobs(database, {
				origin: settings.origin,
				mailer: createMailer(readMailSettings()),
				schedule: true
			});
			// Look for due reminders now, not only at the next quarter hour.
			await jobs.requestScan();
		}
		return { database, auth: createAuth(database.db, { secret, origin: settings.origin }), jobs };
	})();
	return app;
}
