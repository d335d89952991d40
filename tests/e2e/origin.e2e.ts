import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_URL, DEMO_PASSWORD, newContext } from './browser.ts';

// The server is started with ORIGIN at 127.0.0.1; on this machine it is reached as localhost too.
const other = BASE_URL.replace('127.0.0.1', 'localhost');

describe('the origin of a form', () => {
	it('may be another name of this site: the login works at localhost too', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await page.goto(`${other}/logg-inn`);
		await page.getByLabel('E-postadresse').fill('sekretariat@demo.samstemt.no');
		await page.getByLabel('Passord').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Logg inn' }).click();
		await page.waitForURL(`${other}/arbeidsrom`);
		await context.close();
	});

	it('is refused, with a Norwegian page, when the form comes from another site', async () => {
		for (const origin of ['https://evil.example', null]) {
			const response = await fetch(`${BASE_URL}/logg-inn`, {
				method: 'POST',
				headers: origin ? { origin } : {},
				body: new URLSearchParams({ email: 'a@b.no', password: 'x' })
			});
			assert.equal(response.status, 403);
			const html = await response.text();
			assert.match(html, /Skjemaet ble avvist/);
			assert.match(html, /<html lang="nb">/);
		}
	});
});
