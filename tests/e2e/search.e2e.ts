import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

describe('the one search', () => {
	it(
		'a citizen on a phone without JavaScript finds a case by its title, but not what is exempt; a partner finds both',
		{ timeout: 120_000 },
		async () => {
			const citizen = await (
				await newContext({ mobile: true, javaScriptEnabled: false })
			).newPage();
			await citizen.goto('/');
			await citizen.getByRole('searchbox', { name: 'Søk' }).fill('belønningsavtale');
			await citizen.getByRole('button', { name: 'Søk', exact: true }).click();
			await citizen.waitForURL(/\/sok\?q=/);
			const hits = citizen.getByTestId('search-hits');
			await hits.getByRole('link', { name: /Forhandlinger om belønningsavtale/ }).waitFor();
			assert.equal(await hits.getByText('Forhandlingsposisjon').count(), 0);
			assert.ok(
				await citizen.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
				'the results fit the screen'
			);
			await expectAccessible(citizen);

			// Narrowed to one kind by its count; the memo's word finds nothing for the public.
			await citizen
				.getByTestId('search-counts')
				.getByRole('link', { name: /^Sak i møte/ })
				.click();
			await hits.getByRole('link', { name: /Forhandlinger om belønningsavtale/ }).waitFor();
			await citizen.goto('/sok?q=forhandlingsposisjon');
			await citizen.getByText('Ingen treff').waitFor();
			// A search that cannot be run says why, next to the field, and keeps what was typed.
			await citizen.goto('/sok?q=' + encodeURIComponent('og i på'));
			await citizen.getByText('Skriv minst ett ord', { exact: false }).first().waitFor();
			assert.equal(await citizen.getByLabel('Søkeord').inputValue(), 'og i på');
			await expectAccessible(citizen);

			const context = await newContext();
			const partner = await context.newPage();
			await logIn(partner, 'steinkjer@demo.samstemt.no');
			await partner.goto('/sok?q=forhandlingsposisjon');
			const link = partner
				.getByTestId('search-hits')
				.getByRole('link', { name: /Forhandlinger om belønningsavtale/ });
			assert.match((await link.getAttribute('href')) ?? '', /^\/arbeidsrom\/moter\/\d+#sak-\d+$/);
			await partner.getByTestId('search-hits').locator('mark').first().waitFor();
			await expectAccessible(partner);
			await context.close();
		}
	);
});
