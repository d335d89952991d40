import { createAuth, type Auth } from './auth.ts';
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
		const secret = await resolveAuthSecret(database, settings.authSecret);
		return { database, auth: createAuth(database.db, { secret, origin: settings.origin }) };
	})();
	return app;
}
