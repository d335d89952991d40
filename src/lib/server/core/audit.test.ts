import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGeneration, recordAudit } from './audit.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';

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
});
