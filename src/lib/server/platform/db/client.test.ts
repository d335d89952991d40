import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisation } from '../../partners/schema.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { openDatabase, type Database, type Db } from './client.ts';

describe('the embedded database', () => {
	let database: Database;
	beforeAll(async () => {
		database = await openDatabase({});
	});
	afterAll(async () => {
		await database.close();
	});

	it('lets waiting I/O take its turn before each query', async () => {
		const order: string[] = [];
		setImmediate(() => order.push('io'));
		await database.pglite!.query('select 1');
		order.push('query');
		setImmediate(() => order.push('io before transaction'));
		await database.pglite!.transaction(async () => order.push('transaction'));
		expect(order).toEqual(['io', 'query', 'io before transaction', 'transaction']);
	});
});

describe('queries, in and out of transactions', () => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(() => database.drop());

	const names = (db: Db, id: number) =>
		db.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, id));

	it('read and write alike on both databases, with savepoints rolled back on their own', async () => {
		const [org] = await database.db
			.insert(organisation)
			.values({
				slug: 'forberedt',
				name: 'Forberedt',
				shortName: 'F',
				kind: 'kommune',
				level: 'kommune',
				membership: 'signatory'
			})
			.returning();
		for (let i = 0; i < 3; i++)
			expect(await names(database.db, org.id)).toEqual([{ name: 'Forberedt' }]);
		await database.db.transaction(async (tx) => {
			await tx
				.update(organisation)
				.set({ name: 'I transaksjon' })
				.where(eq(organisation.id, org.id));
			expect(await names(tx, org.id)).toEqual([{ name: 'I transaksjon' }]);
			await expect(
				tx.transaction(async (inner) => {
					await inner
						.update(organisation)
						.set({ name: 'Rulles tilbake' })
						.where(eq(organisation.id, org.id));
					expect(await names(inner, org.id)).toEqual([{ name: 'Rulles tilbake' }]);
					throw new Error('rolled back');
				})
			).rejects.toThrow('rolled back');
			expect(await names(tx, org.id)).toEqual([{ name: 'I transaksjon' }]);
		});
		expect(await names(database.db, org.id)).toEqual([{ name: 'I transaksjon' }]);
	});

	it.runIf(process.env.DATABASE_URL)(
		'on a server, prepare each query once per connection and reuse it',
		async () => {
			const single = await openDatabase({ url: database.url, poolSize: 1 });
			try {
				for (let i = 0; i < 3; i++) await names(single.db, 1);
				await single.db.transaction((tx) => names(tx, 1));
				const prepared = (await single.db.execute(
					sql`select statement from pg_prepared_statements`
				)) as unknown as { statement: string }[];
				const ours = [...prepared].filter((row) => row.statement.includes('from "organisation"'));
				expect(ours).toHaveLength(1);
			} finally {
				await single.close();
			}
		}
	);
});
