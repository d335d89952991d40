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
});
