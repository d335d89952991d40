import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

describe('workshop input', () => {
	it(
		'the group work of 12 April 2024 is in the workspace, and its public summary counts what became of each point',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/innspill');
			await page.getByRole('link', { name: 'Gruppearbeid i Innherredsbyen' }).click();
			await page.getByRole('button', { name: 'Legg til innspill' }).waitFor();
			await expectAccessible(page);

			const citizen = await (await newContext()).newPage();
			await citizen.goto('/innspill');
			await citizen.getByRole('link', { name: 'Gruppearbeid i Innherredsbyen' }).click();
			const items = citizen.getByTestId('workshop-items');
			await items.getByText('Snakk og utøv Innherredsbyen med felles stemme').waitFor();
			assert.equal(await items.locator(':scope > li').count(), 5);
			const outcomes = citizen.getByTestId('workshop-outcomes');
			const taken = outcomes.locator('tr', { hasText: 'Tatt inn' });
			assert.equal((await taken.locator('td').textContent())?.trim(), '1');
			await expectAccessible(citizen);
			await context.close();
		}
	);

	it(
		'the secretariat records a workshop without JavaScript, assesses a point against the goals, and the public reads why',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/innspill/ny');
			const title = `Verksted om sykkel ${Date.now()}`;
			await page.getByLabel('Tittel').fill(title);
			await page.getByLabel('Dato').fill('2026-11-12');
			await page.getByLabel('Vis oppsummeringen på nettstedet').check();
			await page.getByRole('button', { name: 'Nytt verksted' }).click();
			await page.getByRole('heading', { name: title }).waitFor();
			await page
				.getByLabel('Innspill', { exact: true })
				.fill('Sykkelparkering ved stasjonene\nGratis buss');
			await page.getByRole('button', { name: 'Legg til innspill' }).click();
			await page.getByText('Innspillene er lagt til.').waitFor();

			const second = page.locator('li[id^="innspill-"]', { hasText: 'Gratis buss' });
			await second.locator('summary').click();
			await second.getByLabel('Hva ble gjort').selectOption({ label: 'Ikke fulgt opp' });
			await second.getByLabel('Regionen oppnår økt konkurransekraft', { exact: false }).check();
			await second.getByRole('button', { name: 'Lagre vurderingen', exact: true }).click();
			const failed = page.locator('li[id^="innspill-"]', { hasText: 'Gratis buss' });
			await failed.getByText('Skriv hvorfor innspillet ikke følges opp.').first().waitFor();
			// What was ticked is kept.
			assert.equal(
				await failed
					.getByLabel('Regionen oppnår økt konkurransekraft', { exact: false })
					.isChecked(),
				true
			);
			await expectAccessible(page);
			await failed
				.getByLabel('Begrunnelse eller merknad')
				.fill('Ligger utenfor partnerskapets mandat.');
			await failed.getByRole('button', { name: 'Lagre vurderingen', exact: true }).click();
			await page.getByText('Vurderingen er lagret.').waitFor();

			const citizen = await (await newContext({ javaScriptEnabled: false })).newPage();
			await citizen.goto('/innspill');
			await citizen.getByRole('link', { name: title }).click();
			const item = citizen.getByTestId('workshop-items').locator('li', { hasText: 'Gratis buss' });
			await item.getByText('Ligger utenfor partnerskapets mandat.').waitFor();
			assert.match((await item.textContent()) ?? '', /Mål: 4/);
			const row = citizen
				.getByTestId('workshop-outcomes')
				.locator('tr', { hasText: 'Ikke fulgt opp' });
			assert.equal((await row.locator('td').textContent())?.trim(), '1');
			await expectAccessible(citizen);
			await context.close();
		}
	);
});
