import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

describe('commitments', () => {
	it(
		'the secretariat records a commitment and its delivery with evidence, without JavaScript; a citizen sees it and the actor’s record',
		{ timeout: 180_000 },
		async () => {
			const context = await newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/forpliktelser');
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Ny forpliktelse' }).click();
			const promise = `Bane NOR setter opp ventesskur på Verdal stasjon ${Date.now()}`;
			await page.getByLabel('Hva er lovet').fill(promise);
			await page.getByRole('button', { name: 'Ny forpliktelse' }).click();
			await page.getByTestId('error-summary').waitFor();
			await page.getByText('Aktør: Velg et av alternativene.').waitFor();
			assert.equal(await page.getByLabel('Hva er lovet').inputValue(), promise);
			await expectAccessible(page);

			await page.getByLabel('Aktør', { exact: true }).selectOption({ label: 'Bane NOR SF' });
			await page.getByLabel('Lovet dato').fill('2020-01-01');
			await page.getByLabel('Type kilde').selectOption({ label: 'Møtevedtak' });
			await page.getByLabel('Kildens dato').fill('2026-11-20');
			await page.getByLabel('Handlingspunkter').fill('HA27');
			await page.getByRole('button', { name: 'Ny forpliktelse' }).click();
			await page.getByText('Den lovede datoen kan ikke ligge i fortiden.').first().waitFor();
			assert.equal(await page.getByLabel('Handlingspunkter').inputValue(), 'HA27');
			await page.getByLabel('Lovet dato').fill('2030-06-30');
			await page.getByRole('button', { name: 'Ny forpliktelse' }).click();
			await page.getByText('Forpliktelsen er lagret.').waitFor();
			await expectAccessible(page);

			// Delivered needs evidence; the second try carries a text and a document.
			await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Levert' });
			await page.getByRole('button', { name: 'Registrer status' }).click();
			await page.getByText('Skriv hva som dokumenterer endringen').first().waitFor();
			await expectAccessible(page);
			await page
				.getByLabel('Dokumentasjon', { exact: true })
				.fill('Skuret ble satt opp i november.');
			await page
				.getByLabel('Dokument (PDF, Word eller Excel)')
				.setInputFiles({ name: 'befaring.pdf', mimeType: 'application/pdf', buffer: pdf });
			await page.getByRole('button', { name: 'Registrer status' }).click();
			await page.getByText('Statusen er registrert.').waitFor();
			const history = page.getByTestId('commitment-history');
			assert.deepEqual(
				(await history.locator('li strong').allTextContents()).map((s) => s.split(': ')[1]),
				['Levert', 'Åpen']
			);
			const id = /\/arbeidsrom\/forpliktelser\/(\d+)/.exec(page.url())?.[1];
			assert.ok(id, 'on the commitment’s page');

			const citizen = await (await newContext()).newPage();
			await citizen.goto('/forpliktelser');
			await expectAccessible(citizen);
			const records = citizen.getByTestId('actor-records');
			await records.getByText('Bane NOR SF:').waitFor();
			assert.match(
				(await records.locator('li', { hasText: 'Bane NOR SF' }).textContent()) ?? '',
				/2 av 2 levert/
			);
			// The demo's internal commitment is not on the public list.
			assert.ok(!(await citizen.content()).includes('trafikktall for E6'));
			await citizen.getByRole('link', { name: promise }).click();
			await citizen.getByRole('heading', { name: promise }).waitFor();
			await citizen.getByText('Skuret ble satt opp i november.').waitFor();
			const download = await citizen.request.get(
				(await citizen.getByRole('link', { name: 'befaring.pdf' }).getAttribute('href'))!
			);
			assert.equal(download.headers()['content-type'], 'application/pdf');
			await expectAccessible(citizen);

			// The filter by status keeps only what matches.
			await citizen.goto('/forpliktelser?status=delayed');
			assert.ok(!(await citizen.content()).includes(promise));
			await citizen.getByText('Nye Veier legger fram problemanalysen').first().waitFor();
			await expectAccessible(citizen);
			await context.close();
		}
	);
});
