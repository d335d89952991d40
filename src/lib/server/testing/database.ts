// Test databases: in-memory PGlite by default, a fresh database on the server when DATABASE_URL is set.
import { hashPassword } from 'better-auth/crypto';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import postgres from 'postgres';
import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../core/context.ts';
import { openDatabase, type Database } from '../platform/db/client.ts';
import { applyMigrations } from '../platform/db/migrate.ts';
import { seedDemo, DEMO_DOMAIN } from '../demo/seed.ts';
import { user } from '../users/schema.ts';

const migrationsFolder = resolve(import.meta.dirname, '../../../../drizzle');

export interface TestDatabase extends Database {
	drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
	const serverUrl = process.env.DATABASE_URL;
	if (!serverUrl) {
		const database = await openDatabase({});
		await applyMigrations(database, { migrationsFolder });
		return { ...database, drop: () => database.close() };
	}
	const name = `samstemt_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const database = await openDatabase({ url: url.href, poolSize: 4 });
	await applyMigrations(database, { migrationsFolder, url: url.href });
	return {
		...database,
		drop: async () => {
			await database.close();
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}

/** The site's origin in the domain tests. */
export const TEST_ORIGIN = 'https://samstemt.example';

let cachedHash: Promise<string> | undefined;

/** A database with the demo seeded, and a way to act as any demo user. */
export async function createSeededDatabase() {
	const database = await createTestDatabase();
	cachedHash ??= hashPassword('test-password-123');
	await seedDemo(database.db, {
		passwordHash: await cachedHash,
		now: new Date('2026-06-01T12:00:00Z')
	});
	const actorFor = async (local: string): Promise<Actor> => {
		const [row] = await database.db
			.select()
			.from(user)
			.where(eq(user.email, `${local}@${DEMO_DOMAIN}`));
		if (!row) throw new Error(`no demo user ${local}`);
		return {
			id: row.id,
			name: row.name,
			email: row.email,
			role: row.role,
			organisationId: row.organisationId
		};
	};
	const ctxAs = async (local: string | null): Promise<Ctx> => ({
		db: database.db,
		actor: local ? await actorFor(local) : null,
		origin: TEST_ORIGIN
	});
	return { database, db: database.db, actorFor, ctxAs };
}
