// Runs last (files run in name order): its import replaces the current programme.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildWorkbook, goodRows } from '../../src/lib/server/testing/workbook.ts';
import { expectAccessible, logIn, newContext } from './browser.ts';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('the administrator and the secretariat', () => {
	it(
		'invite a new partner user, who sets a password and logs in',
		{ timeout: 120_000 },
		async () => {
			const admin = await (await newContext()).newPage();
			await logIn(admin, 'admin@demo.samstemt.no');
			await admin.goto('/arbeidsrom/brukere');
			await expectAccessible(admin);
			await admin.getByLabel('E-postadresse').fill('ikke-en-adresse');
			await admin.getByRole('button', { name: 'Lag invitasjon' }).click();
			await admin.getByTestId('error-summary').waitFor();
			assert.equal(await admin.getByLabel('E-postadresse').inputValue(), 'ikke-en-adresse');
			const email = `ny.${Date.now()}@frosta.kommune.no`;
			await admin.getByLabel('E-postadresse').fill(email);
			await admin.getByLabel('Rolle').selectOption({ label: 'partner' });
			await admin.getByLabel('Organisasjon').selectOption({ label: 'Frosta' });
			await admin.getByRole('button', { name: 'Lag invitasjon' }).click();
			const link = (await admin.getByTestId('invite-link').textContent()) ?? '';
			assert.match(link, /\/invitasjon\/[\w-]{20,}$/);
			await expectAccessible(admin);
			await admin.context().close();

			const invited = await (await newContext({ javaScriptEnabled: false })).newPage();
			await invited.goto(link);
			await expectAccessible(invited);
			await invited.getByLabel('Navn').fill('Ny på Frosta');
			await invited.getByLabel('Nytt passord').fill('kort');
			await invited.getByLabel('Gjenta passordet').fill('kort');
			await invited.getByRole('button', { name: 'Opprett konto' }).click();
			await invited.getByText('Passordet må ha minst 10 tegn.').first().waitFor();
			assert.equal(await invited.getByLabel('Navn').inputValue(), 'Ny på Frosta');
			await invited.getByLabel('Nytt passord').fill('et-langt-passord');
			await invited.getByLabel('Gjenta passordet').fill('et-langt-passord');
			await invited.getByRole('button', { name: 'Opprett konto' }).click();
			await invited.waitForURL('**/logg-inn?invitert=1');
			await invited.getByLabel('E-postadresse').fill(email);
			await invited.getByLabel('Passord').fill('et-langt-passord');
			await invited.getByRole('button', { name: 'Logg inn' }).click();
			await invited.waitForURL('**/arbeidsrom');
			assert.match((await invited.locator('main').textContent()) ?? '', /Ny på Frosta/);
			await invited.context().close();
		}
	);

	it(
		'add a partner, refused a bad organisation number with the input kept',
		{ timeout: 120_000 },
		async () => {
			const page = await (await newContext()).newPage();
			await logIn(page, 'admin@demo.samstemt.no');
			await page.goto('/arbeidsrom/partnere');
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Legg til partner' }).click();
			await expectAccessible(page);
			await page.getByLabel('Navn', { exact: true }).fill('Meråker kommune');
			await page.getByLabel('Kortnavn').fill('Meråker');
			await page.getByLabel('Organisasjonsnummer').fill('123456789');
			await page.getByLabel('Kommunenummer').fill('5034');
			await page.getByRole('button', { name: 'Legg til partner' }).click();
			await page.getByTestId('error-summary').waitFor();
			assert.equal(await page.getByLabel('Kortnavn').inputValue(), 'Meråker');
			await expectAccessible(page);
			await page.getByLabel('Organisasjonsnummer').fill('');
			await page.getByRole('button', { name: 'Legg til partner' }).click();
			await page.waitForURL(/\/arbeidsrom\/partnere\/\d+\?lagret=1/);
			await page.goto('/partnere/meraker');
			assert.equal(await page.locator('h1').textContent(), 'Meråker kommune');
			await page.context().close();
		}
	);

	it(
		'import a programme: a bad file shows every problem, a good one replaces the programme',
		{ timeout: 120_000 },
		async () => {
			const page = await (await newContext()).newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/import');
			await expectAccessible(page);

			await page.getByLabel('Excel-fil').setInputFiles({
				name: 'notater.xlsx',
				mimeType: xlsx,
				buffer: Buffer.from('dette er ikke et regneark')
			});
			await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
			await page.getByText('Filen er ikke en gyldig Excel-fil (XLSX).').first().waitFor();
			await expectAccessible(page);

			const bad = await buildWorkbook([
				...goodRows,
				['HA01', '', '', 'Romfart', 'Oslo kommune', '', '', '', '', '', '31.02.2026']
			]);
			await page
				.getByLabel('Excel-fil')
				.setInputFiles({ name: 'feil.xlsx', mimeType: xlsx, buffer: Buffer.from(bad) });
			await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
			await page.getByTestId('import-problems').waitFor();
			const problems = (await page.locator('tbody tr').last().textContent()) ?? '';
			for (const text of [
				'står også i rad 2',
				'Mangler tittel',
				'Ukjent tema «Romfart»',
				'Ukjent partner «Oslo kommune»',
				'Ugyldig dato «31.02.2026»'
			]) {
				assert.ok(problems.includes(text), `${text} in ${problems}`);
			}
			assert.equal(await page.getByRole('button', { name: /^Importer/ }).count(), 0);
			await expectAccessible(page);

			const good = await buildWorkbook(goodRows);
			await page
				.getByLabel('Excel-fil')
				.setInputFiles({ name: 'program.xlsx', mimeType: xlsx, buffer: Buffer.from(good) });
			await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
			await page.getByText('3 rader er klare til import.').waitFor();
			await expectAccessible(page);
			await page.getByLabel('Navn på handlingsprogrammet').fill('Handlingsprogram 2025–2028');
			await page.getByLabel('Fra år').fill('2025');
			await page.getByLabel('Til år').fill('2028');
			await page.getByRole('button', { name: 'Importer 3 handlingspunkter' }).click();
			await page.waitForURL('**/handlingsprogram?importert=3');
			assert.equal(await page.getByTestId('result-count').textContent(), '3 handlingspunkter');
			await expectAccessible(page);
			await page.context().close();
		}
	);
});
