import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	GenerationCache,
	generationIsFollowed,
	perGeneration,
	readGeneration,
	recordAudit
} from './audit.ts';
import { openDatabase, type Db } from '../platform/db/client.ts';
import type { Tx } from './context.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';

/** Waits for a condition that another connection makes true, for at most five seconds. */
async function until(condition: () => boolean | Promise<boolean>) {
	const deadline = Date.now() + 5_000;
	while (!(await condition())) {
		if (Date.now() > deadline) throw new Error('the condition did not come true');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

// Another instance's change, made as bumpGeneration makes it but not counted in this process.
const otherInstanceBump = (notify: boolean) => `
	with bumped as (
		update cache_generation set generation = generation + 1 where scope = 'public'
		returning generation
	)
	select ${notify ? "pg_notify('samstemt_cache_generation', generation::text)" : 'generation'}
	from bumped`;

describe('cache generation', () => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.drop());

	it('moves on with every recorded change, and not on a failed one', async () => {
		const start = await readGeneration(database);
		expect(await readGeneration(database)).toBe(start);
		await database.db.transaction((tx) =>
			recordAudit(tx, null, { entity: 'test', entityId: 1, kind: 'update' })
		);
		expect(await readGeneration(database)).toBe(start + 1);
		await expect(
			database.db.transaction(async (tx) => {
				await recordAudit(tx, null, { entity: 'test', entityId: 2, kind: 'update' });
				throw new Error('rolled back');
			})
		).rejects.toThrow('rolled back');
		expect(await readGeneration(database)).toBe(start + 1);
		await recordAudit(database.db, null, { entity: 'test', entityId: 3, kind: 'update' });
		expect(await readGeneration(database)).toBe(start + 2);
	});

	it('keeps a figure until the generation moves on, and computes it anew in a transaction', async () => {
		await readGeneration(database);
		let computed = 0;
		const figure = (db: Db | Tx = database.db) =>
			perGeneration(db, 'test-figure', async () => ++computed);
		expect(await figure()).toBe(1);
		expect(await figure()).toBe(1);
		await recordAudit(database.db, null, { entity: 'test', entityId: 4, kind: 'update' });
		expect(await figure()).toBe(2);
		expect(await figure()).toBe(2);
		await database.db.transaction(async (tx) => {
			expect(await figure(tx)).toBe(3);
		});
	});

	it('keeps at most its size of answers, shares one computation, and keeps no failure', async () => {
		await readGeneration(database);
		const cache = new GenerationCache(2);
		let computed = 0;
		const answer = (key: string) => cache.get(database.db, key, async () => `${key}${++computed}`);
		// Two askers at once share one computation.
		expect(await Promise.all([answer('a'), answer('a')])).toEqual(['a1', 'a1']);
		expect(await answer('b')).toBe('b2');
		expect(await answer('a')).toBe('a1'); // asked last, so 'b' goes first
		expect(await answer('c')).toBe('c3');
		expect(cache.count).toBe(2);
		expect(await answer('a')).toBe('a1');
		expect(await answer('b')).toBe('b4');

		let fail = true;
		const flaky = () =>
			cache.get(database.db, 'flaky', async () => {
				if (fail) throw new Error('the database went away');
				return 'well';
			});
		await expect(flaky()).rejects.toThrow('the database went away');
		fail = false;
		expect(await flaky()).toBe('well');

		await recordAudit(database.db, null, { entity: 'test', entityId: 5, kind: 'update' });
		expect(await answer('a')).toBe('a5');
	});

	it.runIf(process.env.DATABASE_URL)(
		'on a server, is told of another instance’s change at once, asks nothing in between, and reads again after its listening connection drops',
		async () => {
			const other = await openDatabase({ url: database.url, poolSize: 2 });
			// The listening connections' process ids (postgres.js returns the rows as an array).
			const listening = async (): Promise<number[]> => {
				const rows = (await database.db.execute(
					sql`select pid from pg_stat_activity
					    where application_name = 'samstemt-listen' and datname = current_database()`
				)) as unknown as { pid: number }[];
				return [...rows].map((row) => Number(row.pid));
			};
			try {
				const start = await readGeneration(other);
				await until(() => generationIsFollowed(other));
				await database.exec(otherInstanceBump(true));
				await until(async () => (await readGeneration(other)) === start + 1);

				// A change whose notification is never heard stays unseen: readings ask nothing.
				await database.exec(otherInstanceBump(false));
				expect(await readGeneration(other)).toBe(start + 1);

				// When the listening connection drops and comes back, the value is read anew.
				const dropped = await listening();
				await database.exec(
					`select pg_terminate_backend(pid) from pg_stat_activity
					 where application_name = 'samstemt-listen' and datname = current_database()`
				);
				await until(
					async () =>
						(await listening()).filter((pid) => !dropped.includes(pid)).length >= dropped.length &&
						generationIsFollowed(other)
				);
				expect(await readGeneration(other)).toBe(start + 2);
				await database.exec(otherInstanceBump(true));
				await until(async () => (await readGeneration(other)) === start + 3);
			} finally {
				await other.close();
			}
		}
	);
});
