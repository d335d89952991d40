import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

describe('the impact of the common voice', () => {
	it(
		'the secretariat records a statement’s demands and the decision on them; /gjennomslag and the statement show it; a commitment comes from it',
		{ timeout: 180_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/uttalelser');
			await page
				.getByRole('link', { name: 'Uttalelse til Problemanalyse E6 Åsen–Steinkjer' })
				.click();
			await page.getByRole('main').getByRole('link', { name: 'Gjennomslag', exact: true }).click();
			await page.getByRole('heading', { name: 'Gjennomslag for uttalelsen' }).waitFor();
			await expectAccessible(page);

			await page.getByLabel('Krav', { exact: true }).fill('  \n ');
			await page.getByRole('button', { name: 'Lagre kravene' }).click();
			await page.getByText('Skriv minst ett krav, ett per linje.').first().waitFor();
			await expectAccessible(page);
			await page
				.getByLabel('Krav', { exact: true })
				.fill('E6 sees som én sammenheng\nTrygge løsninger for gående og syklende');
			await page.getByRole('button', { name: 'Lagre kravene' }).click();
			await page.getByText('Kravene er lagret.').waitFor();

			await page.getByLabel('Vedtak', { exact: true }).fill('Nye Veiers anbefaling for E6');
			await page.getByLabel('Vedtaksdato').fill('2024-08-01');
			await page.getByLabel('Utfall for krav 1').selectOption({ label: 'Innfridd' });
			await page.getByLabel('Utfall for krav 2').selectOption({ label: 'Delvis innfridd' });
			await page
				.getByLabel('Begrunnelse for krav 2')
				.fill('Gang- og sykkelveg på deler av strekningen.');
			await page.getByRole('button', { name: 'Lagre utfallet' }).click();
			await page
				.getByText('Vedtaket kan ikke være fattet før uttalelsen ble sendt.')
				.first()
				.waitFor();
			assert.equal(
				await page.getByLabel('Begrunnelse for krav 2').inputValue(),
				'Gang- og sykkelveg på deler av strekningen.'
			);
			await expectAccessible(page);
			await page.getByLabel('Vedtaksdato').fill('2024-12-01');
			await page.getByRole('button', { name: 'Lagre utfallet' }).click();
			await page.getByText('Utfallet er lagret.').waitFor();
			await page.getByText('Kravene kan ikke endres etter at utfallet er registrert.').waitFor();

			const citizen = await (await newContext()).newPage();
			await citizen.goto('/gjennomslag');
			await citizen.getByTestId('impact-total').waitFor();
			const recipient = citizen.locator('#by-recipient-caption').locator('..');
			const row = recipient.locator('tbody tr', { hasText: 'Nye Veier AS' });
			assert.deepEqual(
				(await row.locator('td').allTextContents()).map(Number),
				[1, 1, 0, 0, 2],
				'met, partly, not met, open, in all'
			);
			await expectAccessible(citizen);
			await citizen
				.getByRole('link', { name: 'Uttalelse til Problemanalyse E6 Åsen–Steinkjer' })
				.click();
			const demands = citizen.getByTestId('impact-demands');
			await demands.getByText('Gang- og sykkelveg på deler av strekningen.').waitFor();
			await demands.getByText('Vedtak: Nye Veiers anbefaling for E6').waitFor();
			await expectAccessible(citizen);

			// One click makes a commitment with the decision as its source.
			await page.getByRole('link', { name: 'Lag forpliktelse fra vedtaket' }).click();
			assert.equal(
				await page.getByLabel('Kildens tittel').inputValue(),
				'Nye Veiers anbefaling for E6'
			);
			assert.equal(await page.getByLabel('Kildens dato').inputValue(), '2024-12-01');
			assert.equal(
				await page.getByLabel('Aktør', { exact: true }).locator('option:checked').textContent(),
				'Nye Veier AS'
			);
			await page.getByLabel('Hva er lovet').fill('Nye Veier bygger gang- og sykkelveg ved Røra.');
			await page.getByLabel('Lovet dato').fill('2031-06-30');
			await page.getByRole('button', { name: 'Ny forpliktelse' }).click();
			await page.getByText('Forpliktelsen er lagret.').waitFor();
			await page
				.getByRole('link', { name: 'Uttalelse til Problemanalyse E6 Åsen–Steinkjer' })
				.waitFor();
			await context.close();
		}
	);
});
