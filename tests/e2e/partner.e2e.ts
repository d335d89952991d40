import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

describe('a partner user', () => {
	it(
		'logs in, posts a progress update and sees it on the public page',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'levanger@demo.samstemt.no');
			await expectAccessible(page);
			await page.goto('/arbeidsrom/handlingspunkt/HA27');
			await expectAccessible(page);

			// Bad input first: the message stands next to the field and the text is kept.
			await page.getByLabel('Neste steg').fill('Behandle i formannskapet');
			await page.getByLabel('Framdrift (prosent)').first().fill('150');
			await page.getByRole('button', { name: 'Publiser oppdatering' }).click();
			await page.getByTestId('error-summary').waitFor();
			assert.equal(await page.getByLabel('Neste steg').inputValue(), 'Behandle i formannskapet');
			await expectAccessible(page);

			const text = `Sykkelstrategien er sendt på høring ${Date.now()}`;
			await page.getByLabel('Hva har skjedd?').fill(text);
			await page.getByLabel('Framdrift (prosent)').first().fill('75');
			await page.getByRole('button', { name: 'Publiser oppdatering' }).click();
			await page.getByText('Statusoppdateringen er lagret.').waitFor();

			const citizen = await (await newContext()).newPage();
			await citizen.goto('/handlingsprogram/HA27');
			assert.equal(
				await citizen
					.getByTestId('journal')
					.locator('li')
					.first()
					.locator('p')
					.first()
					.textContent(),
				text
			);
			await citizen.context().close();
			await context.close();
		}
	);

	it('is refused an action point of another organisation', { timeout: 120_000 }, async () => {
		const context = await newContext();
		const page = await context.newPage();
		await logIn(page, 'levanger@demo.samstemt.no');
		// HA18 is led by the county; find one Levanger neither leads nor takes part in.
		await page.goto('/handlingsprogram?partner=levanger&limit=500');
		const mine = new Set(await page.locator('tbody tr td:first-child').allTextContents());
		const all = await page
			.goto('/handlingsprogram?limit=500')
			.then(() => page.locator('tbody tr td:first-child').allTextContents());
		const other = all.find((code) => !mine.has(code));
		assert.ok(other, 'an action point outside Levanger');
		const response = await page.goto(`/arbeidsrom/handlingspunkt/${other}`);
		assert.equal(response?.status(), 403);
		await expectAccessible(page);
		// A forged post to the same action point is refused too.
		const post = await page.request.post(`/arbeidsrom/handlingspunkt/${other}?/progress`, {
			form: { text: 'Forsøk', status: 'done', progress: '100' },
			headers: { origin: new URL(page.url()).origin }
		});
		assert.equal(post.status(), 403);
		await context.close();
	});

	it(
		'cannot log in with a wrong password, and the form keeps the address',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto('/logg-inn');
			await page.getByLabel('E-postadresse').fill('levanger@demo.samstemt.no');
			await page.getByLabel('Passord').fill('feil-passord-123');
			await page.getByRole('button', { name: 'Logg inn' }).click();
			await page.getByText('Feil e-postadresse eller passord.').waitFor();
			assert.equal(
				await page.getByLabel('E-postadresse').inputValue(),
				'levanger@demo.samstemt.no'
			);
			await expectAccessible(page);
			await context.close();
		}
	);
});
