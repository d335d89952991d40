import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, newContext } from './browser.ts';

for (const javaScriptEnabled of [true, false]) {
	describe(`a citizen ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		it(
			'filters the programme, opens an action point and reads about a partner',
			{ timeout: 120_000 },
			async () => {
				const context = await newContext({ javaScriptEnabled });
				const page = await context.newPage();
				await page.goto('/');
				assert.equal(await page.locator('h1').textContent(), 'Innherredsbyen');
				await expectAccessible(page);

				await page
					.getByRole('navigation', { name: 'Hovedmeny' })
					.getByRole('link', { name: 'Handlingsprogram' })
					.click();
				await page.waitForURL('**/handlingsprogram');
				await expectAccessible(page);
				await page.getByLabel('Tema').selectOption({ label: 'Sykkel og gange' });
				await page.getByLabel('Søk i tittel og beskrivelse').fill('sykkelstrategi');
				await page.getByRole('button', { name: 'Vis' }).click();
				await page.waitForURL(/theme=sykkel-gange/);
				assert.match(page.url(), /q=sykkelstrategi/);
				assert.equal(await page.getByTestId('result-count').textContent(), '1 handlingspunkt');
				await expectAccessible(page);

				await page
					.getByRole('link', { name: 'Det utarbeides en felles sykkelstrategi for Innherredsbyen' })
					.click();
				await page.waitForURL('**/handlingsprogram/HA27');
				assert.match((await page.locator('h1').textContent()) ?? '', /^HA27 /);
				await expectAccessible(page);

				await page.getByRole('link', { name: 'Levanger kommune' }).first().click();
				await page.waitForURL('**/partnere/levanger');
				await expectAccessible(page);
				await context.close();
			}
		);

		it(
			'reads the statements, a 404 page and every page on a phone',
			{ timeout: 120_000 },
			async () => {
				const context = await newContext({ javaScriptEnabled, mobile: true });
				const page = await context.newPage();
				for (const path of ['/partnere', '/tilgjengelighet', '/personvern', '/logg-inn']) {
					const response = await page.goto(path);
					assert.equal(response?.status(), 200, path);
					await expectAccessible(page);
					const overflow = await page.evaluate(
						() => document.documentElement.scrollWidth - window.innerWidth
					);
					assert.ok(overflow <= 1, `${path} scrolls sideways by ${overflow}px on a phone`);
				}
				const missing = await page.goto('/handlingsprogram/HA99');
				assert.equal(missing?.status(), 404);
				assert.equal(await page.locator('h1').textContent(), 'Fant ikke siden');
				await expectAccessible(page);
				await context.close();
			}
		);
	});
}
