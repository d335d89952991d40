import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible, logIn, newContext } from './browser.ts';

/** The page is no wider than the screen: nothing needs sideways scrolling. */
const fitsTheScreen = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('on a phone (375 px)', () => {
	it(
		'the programme reads as cards with code, title, status, lead and due date, and the menu opens without JavaScript',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext({ mobile: true, javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto('/handlingsprogram');
			assert.ok(await fitsTheScreen(page), 'the programme fits the screen');
			const first = page.locator('table.phone-cards tbody tr').first();
			const box = await first.boundingBox();
			assert.ok(box && box.x >= 0 && box.x + box.width <= 375, 'a card lies within the screen');
			for (const label of ['Kode', 'Tittel', 'Status', 'Ansvarlig', 'Frist']) {
				const cell = first.locator(`td[data-label="${label}"]`);
				assert.ok(await cell.isVisible(), `${label} is shown`);
				const cellBox = await cell.boundingBox();
				assert.ok(cellBox && cellBox.x + cellBox.width <= 375, `${label} lies within the screen`);
			}
			await expectAccessible(page);

			// The navigation is a menu that opens without JavaScript.
			const menu = page.getByRole('navigation', { name: 'Hovedmeny' }).locator('summary');
			await menu.click();
			await page
				.getByRole('navigation', { name: 'Hovedmeny' })
				.getByRole('link', { name: 'Møter' })
				.first()
				.click();
			await page.waitForURL('**/moter');
			assert.ok(await fitsTheScreen(page), 'the meetings fit the screen');
			await context.close();
		}
	);

	it('the workspace fits the screen too, with its own menu', { timeout: 120_000 }, async () => {
		const context = await newContext({ mobile: true });
		const page = await context.newPage();
		await logIn(page, 'sekretariat@demo.samstemt.no');
		for (const path of [
			'/arbeidsrom',
			'/arbeidsrom/horinger',
			'/arbeidsrom/uttalelser',
			'/arbeidsrom/oppfolging',
			'/arbeidsrom/moter',
			'/arbeidsrom/handlingspunkt/HA16'
		]) {
			await page.goto(path);
			assert.ok(await fitsTheScreen(page), `${path} fits the screen`);
		}
		await expectAccessible(page);
		await context.close();
	});
});

describe('the workspace navigation', () => {
	it('is one menu, grouped, with the current place marked', { timeout: 120_000 }, async () => {
		const context = await newContext();
		const page = await context.newPage();
		await logIn(page, 'levanger@demo.samstemt.no');
		await page.goto('/arbeidsrom/horinger');
		const nav = page.getByRole('navigation', { name: 'Arbeidsrom' });
		assert.equal(await page.getByRole('navigation', { name: 'Hovedmeny' }).count(), 0);
		const wide = nav.locator('.site-nav-wide');
		for (const group of ['Handlingsprogrammet', 'Felles stemme', 'Styring'])
			assert.ok(await wide.getByText(group).isVisible(), group);
		assert.equal(await nav.getByText('Administrasjon').count(), 0, 'no admin group for partners');
		const current = wide.locator('a[aria-current="page"]');
		assert.equal(await current.first().textContent(), 'Høringer');
		// A partner's dashboard shows its own action points and says why.
		await page.goto('/arbeidsrom');
		assert.ok((await page.getByTestId('mine').first().locator('li').count()) > 0);
		assert.match((await page.getByTestId('mine').first().textContent()) ?? '', /Dere er/);
		await expectAccessible(page);
		await context.close();
	});
});

describe('on a wide screen (1280 px)', () => {
	it('no column of a list is cut off', { timeout: 120_000 }, async () => {
		const context = await newContext();
		const page = await context.newPage();
		await logIn(page, 'sekretariat@demo.samstemt.no');
		for (const path of [
			'/handlingsprogram',
			'/moter',
			'/arbeidsrom/horinger',
			'/arbeidsrom/uttalelser',
			'/arbeidsrom/oppfolging',
			'/arbeidsrom/moter',
			'/arbeidsrom/utboks'
		]) {
			await page.goto(path);
			assert.ok(await fitsTheScreen(page), `${path} fits the screen`);
			// Every cell ends inside the screen and shows its text whole.
			const cut = await page.evaluate(() =>
				[...document.querySelectorAll('main th, main td')]
					.filter((cell) => {
						const box = cell.getBoundingClientRect();
						return box.right > window.innerWidth || cell.scrollWidth > cell.clientWidth + 1;
					})
					.map((cell) => cell.textContent?.trim().slice(0, 40))
			);
			assert.deepEqual(cut, [], `${path}: no cell is cut off: ${JSON.stringify(cut)}`);
		}
		await context.close();
	});
});
