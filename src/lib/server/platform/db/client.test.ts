import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './client.ts';

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
