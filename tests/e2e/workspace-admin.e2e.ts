// Runs last (files run in name order): its import replaces the current programme.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSheet, buildWorkbook, goodRows } from '../../src/lib/server/testing/workbook.ts';
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
		'import a spreadsheet as a secretariat keeps it: unknown names settled in the preview, then a revision that keeps HA16’s history',
		{ timeout: 180_000 },
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

			const messy = await buildSheet(
				[
					['Handlingsprogram for Innherredsbyen – revidert'],
					['Utkast til styringsgruppen'],
					[],
					[
						'Nr.',
						'Handlingspunkt',
						'Temaområde',
						'Ansvarlig aktør',
						'Involverte',
						'Tidsperspektiv',
						'Status',
						'Frist'
					],
					[
						'ha 16',
						'Posisjonere Innherredsbyen for byvekstavtale',
						'Finansiering og avtaler',
						'Steinkjer',
						'Verdal og Levanger / Frosta',
						'Lang sikt',
						'Under arbeid',
						'2. halvår 2025'
					],
					[
						'HA27',
						'Felles sykkelstrategi',
						'Sykkel og gange',
						'Levanger kommune',
						'Kommunene',
						'Kort sikt',
						'Ferdig',
						'30.6.26'
					],
					[
						'Ha 70',
						'Ladepunkter ved knutepunktene',
						'Romfart',
						'Verdal',
						'Statens vegvesen; AtB',
						'Mellomlang',
						'Ikke påbegynt',
						'Løpende'
					]
				],
				['A1:H1']
			);
			await page
				.getByLabel('Excel-fil')
				.setInputFiles({ name: 'revidert.xlsx', mimeType: xlsx, buffer: Buffer.from(messy) });
			await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
			await page.getByText('Overskriftene står i rad 4.').waitFor();
			const problems = (await page.getByTestId('import-rows').textContent()) ?? '';
			assert.match(problems, /Rad 7, kolonne C «Temaområde»: ukjent tema «Romfart»/);
			assert.match(problems, /«2\. halvår 2025» er lest som 2025-12-31/);
			assert.match(problems, /«Løpende» betyr ingen frist/);
			assert.equal(await page.getByRole('button', { name: /^Importer/ }).count(), 0);
			await expectAccessible(page);

			await page.getByLabel('«Romfart»').selectOption({ label: 'Opprett nytt tema «Romfart»' });
			await page.getByRole('button', { name: 'Oppdater forhåndsvisningen' }).click();
			await page.getByText('3 rader er klare til import.').waitFor();
			await page.getByRole('button', { name: 'Importer 3 handlingspunkter' }).click();
			await page.getByTestId('import-result').waitFor();
			const result = (await page.getByTestId('import-result').textContent()) ?? '';
			assert.match(result, /Endret \(2\)/);
			assert.match(result, /Lagt til \(1\)/);
			assert.match(result, /Romfart/);
			await expectAccessible(page);

			// A revision: a new programme that carries HA16 over; the old one stays readable.
			const revision = await buildWorkbook([['HA16', ...goodRows[0].slice(1)]]);
			await page.goto('/arbeidsrom/import');
			await page
				.getByLabel('Excel-fil')
				.setInputFiles({ name: 'revisjon.xlsx', mimeType: xlsx, buffer: Buffer.from(revision) });
			await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
			await page.getByLabel(/Starte en ny revisjon/).check();
			await page.getByRole('button', { name: 'Oppdater forhåndsvisningen' }).click();
			await page.getByLabel('Navn på handlingsprogrammet').fill('Handlingsprogram 2025–2028');
			await page.getByLabel('Fra år').fill('2025');
			await page.getByLabel('Til år').fill('2028');
			await page.getByRole('button', { name: 'Importer 1 handlingspunkt' }).click();
			await page.getByTestId('import-result').waitFor();

			const citizen = await (await newContext()).newPage();
			await citizen.goto('/handlingsprogram/HA16');
			await citizen.getByTestId('earlier-journal').waitFor();
			assert.match(
				(await citizen.getByTestId('earlier-journal').textContent()) ?? '',
				/Framdriftslogg fra Handlingsprogram 2021–2024/
			);
			await expectAccessible(citizen);
			const archived = await citizen.goto('/handlingsprogram/2021-2024/HA16');
			assert.equal(archived?.status(), 200);
			await citizen.getByText(/hører til Handlingsprogram 2021–2024, som er arkivert/).waitFor();
			await expectAccessible(citizen);
			await citizen.context().close();
			await page.context().close();
		}
	);
});
