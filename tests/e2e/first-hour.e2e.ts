import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

describe('in the first hour', () => {
	it('a search for the first part of a compound finds it', { timeout: 60_000 }, async () => {
		const context = await newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const [q, found] of [
			['sykkel', /sykkelstrategi/i],
			['kollektiv', /kollektivtransportplan/i],
			['trønder', /Trønderbanen/]
		] as const) {
			await page.goto(`/handlingsprogram?q=${encodeURIComponent(q)}`);
			const titles = await page.locator('table.phone-cards tbody tr').allTextContents();
			assert.ok(
				titles.some((t) => found.test(t)),
				`«${q}» finds ${found}`
			);
		}
		await context.close();
	});

	it(
		'an expired session sends the user to log in and back, saying why',
		{ timeout: 60_000 },
		async () => {
			const context = await newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await logIn(page, 'levanger@demo.samstemt.no');
			await page.goto('/arbeidsrom/handlingspunkt/HA27');
			// The session ends (expired, or removed) while the form is open.
			const cookies = await context.cookies();
			await context.clearCookies();
			await context.addCookies(
				cookies.map((c) => (c.name.includes('session_token') ? { ...c, value: 'utlopt.x' } : c))
			);
			await page.getByLabel('Hva har skjedd?').fill('Skrevet etter at økten gikk ut');
			await page.getByRole('button', { name: 'Publiser oppdatering' }).click();
			await page.waitForURL(/\/logg-inn\?neste=%2Farbeidsrom%2Fhandlingspunkt%2FHA27.*utlopt=1/);
			await page.getByText('Økten din er utløpt. Logg inn igjen for å fortsette.').waitFor();
			await page.getByLabel('E-postadresse').fill('levanger@demo.samstemt.no');
			await page.getByLabel('Passord').fill('samstemt-demo-2024');
			await page.getByRole('button', { name: 'Logg inn' }).click();
			await page.waitForURL('**/arbeidsrom/handlingspunkt/HA27');
			await expectAccessible(page);
			await context.close();
		}
	);

	it(
		'a text field says its limit, and the heading says what is edited',
		{ timeout: 60_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'levanger@demo.samstemt.no');
			await page.goto('/arbeidsrom/handlingspunkt/HA27');
			assert.match((await page.locator('h1').textContent()) ?? '', /^Rediger HA27 .{5,}/);
			const text = page.getByLabel('Hva har skjedd?');
			assert.equal(await text.getAttribute('maxlength'), '5000');
			await page
				.getByText(/Høyst 5\s000 tegn\./)
				.first()
				.waitFor();
			// A missing date is asked for, and the error summary names the field it links to.
			await page.locator('#milestone-title').fill('Vedtak i alle kommunestyrer');
			await page.getByRole('button', { name: 'Legg til milepæl' }).click();
			const summary = page.getByTestId('error-summary');
			await summary.waitFor();
			assert.equal(
				await summary.getByRole('link').first().textContent(),
				'Frist: Fyll inn en dato.'
			);
			await context.close();
		}
	);

	it('in English, dates are English', { timeout: 60_000 }, async () => {
		const context = await newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/handlingsprogram/HA16');
		await page.getByRole('button', { name: 'English' }).click();
		const html = (await page.locator('main').textContent()) ?? '';
		assert.match(
			html,
			/\d{1,2}\s(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/
		);
		assert.doesNotMatch(
			html,
			/\d{1,2}\.\s(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)/
		);
		await context.close();
	});
});
