// The two starting points of a test database: migrated, and migrated and seeded with the demo.
import { hashPassword } from 'better-auth/crypto';
import { resolve } from 'node:path';
import type { Database } from '../platform/db/client.ts';
import { applyMigrations } from '../platform/db/migrate.ts';
import { seedDemo } from '../demo/seed.ts';
import { rebuildSearch } from '../search/indexer.ts';

export type Template = 'migrated' | 'seeded';
export const TEMPLATES_ENV = 'SAMSTEMT_TEST_TEMPLATES';

const migrationsFolder = resolve(import.meta.dirname, '../../../../drizzle');

/** Brings an empty database to the template: migrations, and for `seeded` the demo as of 1 June 2026. */
export async function buildTemplate<T extends Database>(
	database: T,
	template: Template,
	url?: string
): Promise<T> {
	await applyMigrations(database, { migrationsFolder, url });
	if (template === 'seeded') {
		await seedDemo(database.db, {
			passwordHash: await hashPassword('test-password-123'),
			now: new Date('2026-06-01T12:00:00Z')
		});
		await rebuildSearch(database.db);
	}
	return database;
}
