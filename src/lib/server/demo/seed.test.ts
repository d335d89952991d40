import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/database.ts';
import { account, user } from '../users/schema.ts';
import { DEMO_DOMAIN, demoLoginsInUse, seedDemoOnce } from './seed.ts';

describe('the demo', () => {
	it('is seeded once, and its logins are listed while they keep the demo password', async () => {
		const database = await createTestDatabase();
		try {
			const logins = await seedDemoOnce(database.db);
			expect(logins?.length).toBe(9);
			expect(await seedDemoOnce(database.db)).toBeNull();
			const emails = (list: { email: string }[]) => list.map((l) => l.email).sort();
			expect(emails(await demoLoginsInUse(database.db))).toEqual(emails(logins!));
			const [admin] = await database.db
				.select()
				.from(user)
				.where(eq(user.email, `admin@${DEMO_DOMAIN}`));
			await database.db
				.update(account)
				.set({ password: await hashPassword('et-eget-passord-123') })
				.where(eq(account.userId, admin.id));
			const still = await demoLoginsInUse(database.db);
			expect(still).toHaveLength(8);
			expect(still.map((l) => l.email)).not.toContain(`admin@${DEMO_DOMAIN}`);
		} finally {
			await database.drop();
		}
	});
});
