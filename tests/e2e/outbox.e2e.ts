import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

describe('the outbox', () => {
	it('is read by the administrator and by nobody else', { timeout: 120_000 }, async () => {
		const context = await newContext();
		const page = await context.newPage();
		await logIn(page, 'admin@demo.samstemt.no');
		await page.goto('/arbeidsrom/utboks');
		await page.getByRole('heading', { name: 'Utgående e-post' }).waitFor();
		await page.getByText('SMTP er satt opp: e-post sendes.').waitFor();
		await expectAccessible(page);
		await context.close();

		const other = await newContext();
		const secretariat = await other.newPage();
		await logIn(secretariat, 'sekretariat@demo.samstemt.no');
		const response = await secretariat.goto('/arbeidsrom/utboks');
		assert.equal(response?.status(), 403);
		await other.close();
	});
});
