import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

// Multi-line fields must come back with their text when the page is rendered on the server only:
// otherwise saving one changed field wipes every other one.
describe('without JavaScript, multi-line fields', () => {
	it(
		'keep an action point description when only its due date is saved, after a failed post and after a conflict',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/handlingspunkt/HA25');
			const edit = page.locator('form[action="?/save"]');
			const description = await edit.getByLabel('Beskrivelse').inputValue();
			assert.ok(description.length > 20, `the description is shown: «${description}»`);

			await edit.getByLabel('Frist').fill('2027-06-30');
			await edit.getByRole('button', { name: 'Lagre' }).click();
			await page.getByText('Endringene er lagret.').waitFor();
			await page.goto('/arbeidsrom/handlingspunkt/HA25');
			assert.equal(await edit.getByLabel('Beskrivelse').inputValue(), description);
			assert.equal(await edit.getByLabel('Frist').inputValue(), '2027-06-30');

			// A failed post keeps what was typed.
			const typed = `${description}\nEn ny linje ${Date.now()}`;
			await edit.getByLabel('Beskrivelse').fill(typed);
			await edit.getByLabel('Tittel').fill('x');
			await edit.getByRole('button', { name: 'Lagre' }).click();
			await page.getByTestId('error-summary').waitFor();
			assert.equal(await edit.getByLabel('Beskrivelse').inputValue(), typed);
			await expectAccessible(page);

			// Someone posts progress while this form is open: the save is refused, the text kept.
			const other = await context.newPage();
			await other.goto('/arbeidsrom/handlingspunkt/HA25');
			await page.goto('/arbeidsrom/handlingspunkt/HA25');
			await other.getByLabel('Hva har skjedd?').fill('Oppdatering mens skjemaet er åpent');
			await other.getByRole('button', { name: 'Publiser oppdatering' }).click();
			await other.getByText('Statusoppdateringen er lagret.').waitFor();
			await edit.getByLabel('Beskrivelse').fill(typed);
			await edit.getByRole('button', { name: 'Lagre' }).click();
			await page.getByText(/Noen andre lagret dette handlingspunktet/).waitFor();
			assert.equal(await edit.getByLabel('Beskrivelse').inputValue(), typed);
			await context.close();
		}
	);

	it(
		'keep the sections of a statement when only a heading is corrected',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/uttalelser');
			await page
				.getByRole('link', { name: 'Innspill til Nasjonal transportplan 2025–2036' })
				.click();
			const statementUrl = new URL(page.url()).pathname;
			await page.goto(`${statementUrl}/tekst`);
			const bodies = await page
				.locator('textarea[name="sectionBody"]')
				.evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
			// The existing parts have their text; the last one is the blank part to add.
			assert.ok(bodies.length >= 2);
			assert.ok(
				bodies.slice(0, -1).every((b) => b.length > 0),
				'every part shows its text'
			);
			const heading = page.getByLabel('Overskrift for del 1');
			await heading.fill(`${await heading.inputValue()} (rettet)`);
			await page.getByLabel('Hvorfor rettes teksten?').fill('Skrivefeil i overskriften');
			await page.getByRole('button', { name: 'Lagre rettelse' }).click();
			await page.waitForURL((url) => !url.pathname.endsWith('/tekst'));
			await page.goto(`${statementUrl}/tekst`);
			const after = await page
				.locator('textarea[name="sectionBody"]')
				.evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
			assert.deepEqual(after, bodies);
			await context.close();
		}
	);
});
