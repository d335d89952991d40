import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

describe('workshop input', () => {
	it(
		'the secretariat records what became of a point from the group work; the public summary counts it',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/innspill');
			await page.getByRole('link', { name: 'Gruppearbeid i Innherredsbyen' }).click();
			await expectAccessible(page);
			const item = page.locator('li', {
				hasText: 'Viktig å sørge for regional og nasjonal relevans'
			});
			await item.locator('summary').click();
			await item.getByLabel('Hva ble gjort').selectOption({ label: 'Ikke fulgt opp' });
			await item.getByRole('button', { name: 'Lagre vurderingen' }).click();
			await page.getByText('Skriv hvorfor innspillet ikke følges opp.').first().waitFor();
			await expectAccessible(page);
			const again = page.locator('li', {
				hasText: 'Viktig å sørge for regional og nasjonal relevans'
			});
			await again.getByLabel('Begrunnelse eller merknad').fill('Dekkes av strategiens mål 4.');
			await again.getByRole('button', { name: 'Lagre vurderingen' }).click();
			await page.getByText('Vurderingen er lagret.').waitFor();

			const citizen = await (await newContext()).newPage();
			await citizen.goto('/innspill');
			await citizen.getByRole('link', { name: 'Gruppearbeid i Innherredsbyen' }).click();
			const outcomes = citizen.getByTestId('workshop-outcomes');
			const row = outcomes.locator('tr', { hasText: 'Ikke fulgt opp' });
			assert.equal((await row.locator('td').textContent())?.trim(), '1');
			await citizen.getByText('Dekkes av strategiens mål 4.').waitFor();
			await expectAccessible(citizen);
			await context.close();
		}
	);
});
