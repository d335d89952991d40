// Test databases: in-memory PGlite by default, a fresh database on the server when DATABASE_URL is set.
// Each starts from a template that `global-setup.ts` made once per test run (migrated, or migrated
// and seeded with the demo), so that a test file does not migrate and seed anew.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import postgres from 'postgres';
import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../core/context.ts';
import { openDatabase, type Database } from '../platform/db/client.ts';
import { DEMO_DOMAIN } from '../demo/seed.ts';
import { user } from '../users/schema.ts';
import { buildTemplate, TEMPLATES_ENV, type Template } from './templates.ts';

export interface TestDatabase extends Database {
	drop(): Promise<void>;
}

/** Where the run's templates are: a folder of dumps, or a prefix of database names. */
const templatesOf = () => process.env[TEMPLATES_ENV];

const dumps = new Map<Template, Blob>();
function dumpOf(folder: string, template: Template): Blob {
	let dump = dumps.get(template);
	if (!dump)
		dumps.set(template, (dump = new Blob([readFileSync(join(folder, `${template}.tar`))])));
	return dump;
}

async function openTemplate(template: Template): Promise<TestDatabase> {
	const serverUrl = process.env.DATABASE_URL;
	const templates = templatesOf();
	if (!serverUrl) {
		const database = templates
			? await openDatabase({ loadDataDir: dumpOf(templates, template) })
			: await buildTemplate(await openDatabase({}), template);
		return { ...database, drop: () => database.close() };
	}
	const name = `samstemt_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(
		templates
			? `create database ${name} template ${templates}_${template}`
			: `create database ${name}`
	);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const opened = await openDatabase({ url: url.href, poolSize: 4 });
	const database = templates ? opened : await buildTemplate(opened, template, url.href);
	return {
		...database,
		drop: async () => {
			await database.close();
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}

/** An empty database with every migration applied. */
export const createTestDatabase = () => openTemplate('migrated');

/** The site's origin in the domain tests. */
export const TEST_ORIGIN = 'https://samstemt.example';

/** A database with the demo seeded, and a way to act as any demo user. */
export async function createSeededDatabase() {
	const database = await openTemplate('seeded');
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
