import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible, logIn, newContext } from './browser.ts';

const focused = (page: Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

async function journalLength(page: Page, code: string) {
	const citizen = await page.context().browser()!.newContext();
	const view = await citizen.newPage();
	await view.goto(new URL(`/handlingsprogram/${code}`, page.url()).href);
	const n = await view.getByTestId('journal').locator('li').count();
	await citizen.close();
	return n;
}

for (const javaScriptEnabled of [false, true]) {
	describe(`after a form post ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		it('the error summary or the message has focus, in view', { timeout: 120_000 }, async () => {
			const context = await newContext({ javaScriptEnabled });
			const page = await context.newPage();
			await logIn(page, 'levanger@demo.samstemt.no');
			await page.goto('/arbeidsrom/handlingspunkt/HA27');
			await page.getByLabel('Neste steg').fill('Noe som skal stå igjen');
			await page.getByRole('button', { name: 'Publiser oppdatering' }).click();
			await page.getByTestId('error-summary').waitFor();
			await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid'));
			assert.equal(await focused(page), 'error-summary');
			assert.ok(await page.getByTestId('error-summary').isVisible());
			await expectAccessible(page);

			await page.getByLabel('Hva har skjedd?').fill(`Melding i fokus ${Date.now()}`);
			await page.getByRole('button', { name: 'Publiser oppdatering' }).click();
			await page.getByText('Statusoppdateringen er lagret.').waitFor();
			await page.waitForFunction(
				() => document.activeElement?.getAttribute('data-testid') === 'feedback'
			);
			assert.equal(await focused(page), 'feedback');
			await context.close();
		});
	});
}

describe('a progress update', () => {
	it('is saved once when its button is clicked twice', { timeout: 120_000 }, async () => {
		const context = await newContext();
		const page = await context.newPage();
		await logIn(page, 'levanger@demo.samstemt.no');
		await page.goto('/arbeidsrom/handlingspunkt/HA27');
		const before = await journalLength(page, 'HA27');
		await page.getByLabel('Hva har skjedd?').fill(`Dobbeltklikk ${Date.now()}`);
		await page.getByRole('button', { name: 'Publiser oppdatering' }).dblclick();
		await page.getByText('Statusoppdateringen er lagret.').waitFor();
		await page.waitForLoadState('networkidle');
		assert.equal(await journalLength(page, 'HA27'), before + 1);
		await context.close();
	});
});

describe('any form', () => {
	it(
		'posted twice is saved once, and the repeat goes where the first one went',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await logIn(page, 'levanger@demo.samstemt.no');
			await page.goto('/arbeidsrom/handlingspunkt/HA27');
			const title = `Milepæl sendt to ganger ${Date.now()}`;
			await page.locator('#milestone-title').fill(title);
			await page.locator('#milestone-dueDate').fill('2027-06-30');
			// The form exactly as the browser would send it, sent twice.
			const fields = await page
				.locator('form[action="?/addMilestone"]')
				.evaluate((form) =>
					Object.fromEntries(
						[...new FormData(form as HTMLFormElement)].map(([k, v]) => [k, String(v)])
					)
				);
			assert.match(fields._once ?? '', /^[0-9a-f-]{36}$/, 'the form carries a one-time token');
			const post = () =>
				page.request.post('/arbeidsrom/handlingspunkt/HA27?/addMilestone', {
					form: fields,
					headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
					maxRedirects: 0
				});
			const first = await post();
			const second = await post();
			assert.equal(first.status(), 303);
			assert.equal(second.status(), 303);
			assert.equal(second.headers().location, first.headers().location);
			await page.goto('/handlingsprogram/HA27');
			assert.equal(await page.getByText(title).count(), 1, 'one milestone');
			await page.goto('/arbeidsrom/handlingspunkt/HA27');
			// The page that the post led to has a new token, and its forms save again.
			const next = page.locator('form[action="?/addMilestone"] input[name="_once"]');
			assert.notEqual(await next.inputValue(), fields._once);
			await context.close();
		}
	);
});
