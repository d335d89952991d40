import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_URL, logIn, newContext } from './browser.ts';

// Set by scripts/e2e.ts when it has started two instances at once on one new PostgreSQL database.
const SECOND_BASE_URL = process.env.SECOND_BASE_URL;

async function organisations(base: string) {
	const response = await fetch(`${base}/api/v1/organisations?limit=500`);
	assert.equal(response.status, 200);
	return ((await response.json()) as { items: { slug: string }[] }).items.map((o) => o.slug);
}

describe('two instances started together on one new database', { skip: !SECOND_BASE_URL }, () => {
	it('both serve, and the demo is there once', async () => {
		const [one, two] = await Promise.all([
			organisations(BASE_URL),
			organisations(SECOND_BASE_URL!)
		]);
		assert.ok(one.length >= 14, `${one.length} organisations`);
		assert.deepEqual(two, one);
		assert.equal(new Set(one).size, one.length);
		const programme = await fetch(`${SECOND_BASE_URL}/api/v1/actions?limit=500`);
		assert.equal(((await programme.json()) as { total: number }).total, 33);
	});

	it('show a change made on one instance on the other at once', { timeout: 60_000 }, async () => {
		const context = await newContext();
		const page = await context.newPage();
		// The other instance has the public page in its cache before the change.
		for (let i = 0; i < 2; i++) await fetch(`${SECOND_BASE_URL}/handlingsprogram/HA16`);
		await logIn(page, 'sekretariat@demo.samstemt.no');
		await page.goto('/arbeidsrom/handlingspunkt/HA16');
		const text = `Skrevet på den ene instansen ${Date.now()}`;
		await page.getByLabel('Hva har skjedd?').fill(text);
		await page.getByRole('button', { name: 'Publiser oppdatering' }).click();
		await page.getByText('Statusoppdateringen er lagret.').waitFor();
		const html = await (await fetch(`${SECOND_BASE_URL}/handlingsprogram/HA16`)).text();
		assert.ok(html.includes(text), 'the other instance shows the new update');
		await context.close();
	});
});
