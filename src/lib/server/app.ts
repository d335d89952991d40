import { createAuth, type Auth } from './auth.ts';
import { DEMO_PASSWORD, isSeeded, seedDemo } from './demo/seed.ts';
import type { Database } from './db/client.ts';
import { getDatabase, readSettings, resolveAuthSecret } from './runtime.ts';

export interface App {
	database: Database;
	auth: Auth;
}

let app: Promise<App> | undefined;

/** Opens the database (migrating it) and builds the auth instance once per process. */
export function getApp(): Promise<App> {
	app ??= (async () => {
		const settings = readSettings();
		const database = await getDatabase(settings);
		if (settings.seedDemo && !(await isSeeded(database.db))) {
			const logins = await seedDemo(database.db);
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
		return { database, auth: createAuth(database.db, { secret, origin: settings.origin }) };
	})();
	return app;
}
