import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase, type Database } from './db/client.ts';
import { claimDataDir } from './db/data-dir.ts';
import { applyMigrations } from './db/migrate.ts';
import { appSecret } from '../users/schema.ts';
import { eq } from 'drizzle-orm';

/** Settings read from the environment; see the table in README.md. */
export function readSettings(env: NodeJS.ProcessEnv = process.env) {
	return {
		databaseUrl: env.DATABASE_URL || undefined,
		dataDir: resolve(env.DATA_DIR || 'data'),
		migrationsFolder: resolve(env.MIGRATIONS_DIR || 'drizzle'),
		origin: env.ORIGIN || `http://localhost:${env.PORT || 3000}`,
		authSecret: env.AUTH_SECRET || undefined,
		poolSize: Number(env.DATABASE_POOL_SIZE || 10),
		seedDemo: env.SEED_DEMO !== 'false',
		/** Run the job queue (reminders) in this process. */
		jobs: env.JOBS !== 'false',
		/** Import indicators from Statistics Norway's API every morning (the machine must reach it). */
		ssbImport: env.SSB_IMPORT === 'true',
		ssbApiUrl: env.SSB_API_URL || 'https://data.ssb.no',
		/** Days after the answer that an asker's name and address are kept (1–3650). */
		questionRetentionDays: Math.min(
			3650,
			Math.max(1, Math.floor(Number(env.QUESTION_RETENTION_DAYS || 90)) || 90)
		)
	};
}
export type Settings = ReturnType<typeof readSettings>;

let database: Promise<Database> | undefined;

/** The app's one database, opened and migrated on first use. */
export function getDatabase(settings: Settings = readSettings()): Promise<Database> {
	database ??= (async () => {
		if (!settings.databaseUrl) {
			mkdirSync(settings.dataDir, { recursive: true });
			claimDataDir(settings.dataDir);
		}
		const db = await openDatabase({
			url: settings.databaseUrl,
			dataDir: settings.databaseUrl ? undefined : settings.dataDir,
			poolSize: settings.poolSize
		});
		await applyMigrations(db, {
			migrationsFolder: settings.migrationsFolder,
			url: settings.databaseUrl
		});
		return db;
	})();
	return database;
}

/** The configured auth secret, or one generated once and kept in the database. */
export async function resolveAuthSecret(db: Database, configured?: string): Promise<string> {
	if (configured) return configured;
	await db.db
		.insert(appSecret)
		.values({ key: 'auth', value: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db.db.select().from(appSecret).where(eq(appSecret.key, 'auth'));
	return row.value;
}
