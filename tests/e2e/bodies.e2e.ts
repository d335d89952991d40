import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

describe('bodies', () => {
	it(
		'the secretariat sets up a body and its members; the public sees the current members',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/organer/ny');
			await expectAccessible(page);
			const name = `Arbeidsutvalget ${Date.now()}`;
			await page.getByLabel('Navn').fill(name);
			await page.getByLabel('Type').selectOption({ label: 'Arbeidsutvalg' });
			await page.getByRole('button', { name: 'Nytt organ' }).click();
			await page.getByText('Organet er lagret.').waitFor();

			await page.getByLabel('Person eller rolle').fill('Ordfører Levanger');
			await page.getByLabel('Organisasjon').selectOption({ label: 'Levanger kommune' });
			await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Leder' });
			await page.getByLabel('Fra', { exact: true }).fill('2026-01-01');
			await page.getByLabel('Til', { exact: true }).fill('2025-01-01');
			await page.getByRole('button', { name: 'Legg til medlem' }).click();
			await page.getByText('Til-datoen kan ikke være før fra-datoen.').first().waitFor();
			assert.equal(await page.getByLabel('Person eller rolle').inputValue(), 'Ordfører Levanger');
			await expectAccessible(page);
			await page.getByLabel('Til', { exact: true }).fill('');
			await page.getByRole('button', { name: 'Legg til medlem' }).click();
			await page.getByText('Endringene er lagret.').waitFor();
			const publicPath = await page.getByRole('link', { name: /^\/organer\// }).textContent();

			const citizen = await (await newContext()).newPage();
			await citizen.goto(publicPath!);
			const members = citizen.getByTestId('members');
			await members.getByText('Ordfører Levanger').waitFor();
			assert.match(
				(await members.locator('tbody tr').first().textContent()) ?? '',
				/Levanger kommune.*Leder/s
			);
			await expectAccessible(citizen);
			await citizen.goto('/organer/representantskapet');
			assert.equal(await citizen.getByTestId('members').locator('tbody tr').count(), 16);
			const internal = await citizen.goto('/organer/ressursgruppen');
			assert.equal(internal?.status(), 404);
			await citizen.context().close();
			await context.close();
		}
	);
});
