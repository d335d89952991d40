// Runs the backup and restore steps of docs/operations.md as they are written there.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing/database.ts';
import { appSecret } from '../../users/schema.ts';
import { openDatabase, type Database } from './client.ts';
import { assertDataDirUsable, DataDirError, IN_USE_FILE, restoringDirOf } from './data-dir.ts';
import { applyMigrations } from './migrate.ts';

const root = resolve(import.meta.dirname, '../../../../..');
const docs = readFileSync(join(root, 'docs/operations.md'), 'utf8');

/** The shell block of the operations guide with this label (```sh <label>). */
function block(label: string): string {
	const found = new RegExp('```sh ' + label + '\\n([\\s\\S]*?)```').exec(docs);
	if (!found) throw new Error(`docs/operations.md has no block ${label}`);
	return found[1];
}

function run(label: string, env: Record<string, string>) {
	const result = spawnSync('bash', ['-euo', 'pipefail', '-c', block(label)], {
		cwd: root,
		env: { ...process.env, ...env },
		encoding: 'utf8'
	});
	return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

async function secret(database: Database) {
	const [row] = await database.db.select().from(appSecret).where(eq(appSecret.key, 'backup-test'));
	return row?.value;
}
const setSecret = (database: Database, value: string) =>
	database.db
		.insert(appSecret)
		.values({ key: 'backup-test', value })
		.onConflictDoUpdate({ target: appSecret.key, set: { value } });

const migrationsFolder = join(root, 'drizzle');
const server = process.env.DATABASE_URL;

describe('backup and restore as documented', () => {
	it.skipIf(server)(
		'bring an embedded folder back, and refuse while the app has it open',
		async () => {
			const work = mkdtempSync(join(tmpdir(), 'samstemt-backup-'));
			const dir = join(work, 'data');
			const env = { DATA_DIR: dir, DATABASE_URL: '', BACKUP: join(work, 'samstemt.tgz') };
			try {
				let database = await openDatabase({ dataDir: dir });
				await applyMigrations(database, { migrationsFolder });
				await setSecret(database, 'before');
				await database.close();
				const backup = run('backup-embedded', env);
				expect(backup.ok, backup.output).toBe(true);

				database = await openDatabase({ dataDir: dir });
				await setSecret(database, 'after');
				await database.close();

				// An app process has the folder open: both commands refuse and change nothing.
				writeFileSync(join(dir, IN_USE_FILE), String(process.pid));
				const refused = run('restore-embedded', env);
				expect(refused.ok).toBe(false);
				expect(refused.output).toMatch(/Stop the app first/);
				expect(run('backup-embedded', env).ok).toBe(false);
				rmSync(join(dir, IN_USE_FILE));

				const restore = run('restore-embedded', env);
				expect(restore.ok, restore.output).toBe(true);
				database = await openDatabase({ dataDir: dir });
				expect(await secret(database)).toBe('before');
				await database.close();
				expect(readdirSync(work).some((name) => name.startsWith('data.before-restore-'))).toBe(
					true
				);
				expect(existsSync(restoringDirOf(dir))).toBe(false);
			} finally {
				rmSync(work, { recursive: true, force: true });
			}
		},
		120_000
	);

	it.skipIf(!server)(
		'bring a server database back into a new database',
		async () => {
			const work = mkdtempSync(join(tmpdir(), 'samstemt-backup-'));
			const database = await createTestDatabase();
			const restored = `samstemt_restored_${randomBytes(6).toString('hex')}`;
			const env = {
				DATABASE_URL: database.url!,
				BACKUP: join(work, 'samstemt.dump'),
				RESTORED: restored
			};
			const admin = postgres(server!, { max: 1, onnotice: () => {} });
			try {
				await setSecret(database, 'before');
				const backup = run('backup-server', env);
				expect(backup.ok, backup.output).toBe(true);
				await setSecret(database, 'after');
				const restore = run('restore-server', env);
				expect(restore.ok, restore.output).toBe(true);
				const url = new URL(database.url!);
				url.pathname = `/${restored}`;
				const copy = await openDatabase({ url: url.href, poolSize: 1 });
				expect(await secret(copy)).toBe('before');
				await copy.close();
			} finally {
				await admin.unsafe(`drop database if exists ${restored} with (force)`);
				await admin.end();
				await database.drop();
				rmSync(work, { recursive: true, force: true });
			}
		},
		120_000
	);
});

describe('the embedded folder', () => {
	it('is refused when a restore did not finish or it was copied only in part', () => {
		const work = mkdtempSync(join(tmpdir(), 'samstemt-folder-'));
		try {
			const dir = join(work, 'data');
			expect(() => assertDataDirUsable(dir)).not.toThrow();
			mkdirSync(dir);
			writeFileSync(join(dir, 'PG_VERSION'), '17\n');
			expect(() => assertDataDirUsable(dir)).toThrow(/copied or restored only in part/);
			mkdirSync(join(dir, 'base'));
			mkdirSync(join(dir, 'global'));
			expect(() => assertDataDirUsable(dir)).not.toThrow();
			mkdirSync(restoringDirOf(dir));
			expect(() => assertDataDirUsable(dir)).toThrow(DataDirError);
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
});
