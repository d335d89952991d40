import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import type { Database } from './client.ts';

// An arbitrary constant: the advisory lock that serialises migrations across app instances.
const MIGRATION_LOCK = 74_120_501;

export async function applyMigrations(
	database: Database,
	options: { migrationsFolder: string; url?: string }
): Promise<void> {
	if (database.mode === 'pglite') {
		await migratePglite(database.db as unknown as PgliteDatabase, {
			migrationsFolder: options.migrationsFolder
		});
		return;
	}
	if (!options.url) throw new Error('applyMigrations: a server database needs its URL');
	// One connection of its own, so that the advisory lock and the migration share a session.
	const client = postgres(options.url, { max: 1, onnotice: () => {} });
	try {
		await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
		await migratePostgres(drizzlePostgres(client), { migrationsFolder: options.migrationsFolder });
		await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
	} finally {
		await client.end({ timeout: 5 });
	}
}
