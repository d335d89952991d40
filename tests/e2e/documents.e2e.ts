import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outlinePdf } from '../../src/lib/server/shared/documents.ts';
import { expectAccessible, logIn, newContext } from './browser.ts';

describe('the document library', () => {
	it(
		'the secretariat uploads a report; a citizen finds it by a word inside the PDF, downloads it and sees it on its matter',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/dokumenter/ny');
			await expectAccessible(page);
			await page.getByLabel('Tittel', { exact: true }).fill('Sykkeltelling langs fylkesvegene');
			await page.getByLabel('Dato på dokumentet').fill('2025-10-01');
			await page.getByRole('group', { name: 'Aktuelle saker' }).getByLabel('Trønderbanen').check();
			// A file that is not what its name says is refused, with what was typed kept.
			await page.getByLabel('Fil', { exact: true }).setInputFiles({
				name: 'telling.pdf',
				mimeType: 'application/pdf',
				buffer: Buffer.from('dette er ikke en PDF')
			});
			await page.getByRole('button', { name: 'Legg til dokument' }).click();
			await page.getByText('Innholdet i filen stemmer ikke', { exact: false }).first().waitFor();
			assert.equal(
				await page.getByLabel('Tittel', { exact: true }).inputValue(),
				'Sykkeltelling langs fylkesvegene'
			);
			const pdf = await outlinePdf(
				[{ kind: 'paragraph', text: 'Tellepunktet ved Ørin viste flest syklister i juni.' }],
				'Sykkeltelling'
			);
			await page.getByLabel('Fil', { exact: true }).setInputFiles({
				name: 'telling.pdf',
				mimeType: 'application/pdf',
				buffer: Buffer.from(pdf)
			});
			await page.getByRole('button', { name: 'Legg til dokument' }).click();
			await page.getByText('Opplysningene er lagret.').waitFor();
			await expectAccessible(page);

			const citizen = await (await newContext({ javaScriptEnabled: false })).newPage();
			await citizen.goto('/sok?q=tellepunktet');
			await citizen
				.getByTestId('search-hits')
				.getByRole('link', { name: 'Sykkeltelling langs fylkesvegene' })
				.click();
			await citizen.getByRole('heading', { name: 'Sykkeltelling langs fylkesvegene' }).waitFor();
			await expectAccessible(citizen);
			const href = await citizen
				.getByRole('link', { name: 'Last ned telling.pdf' })
				.getAttribute('href');
			const file = await citizen.request.get(href!);
			assert.equal(file.headers()['content-type'], 'application/pdf');
			assert.match(file.headers()['content-disposition'] ?? '', /attachment/);
			// The matter it belongs to lists it.
			await citizen.getByRole('link', { name: 'Trønderbanen', exact: true }).click();
			await citizen
				.getByTestId('matter-documents')
				.getByRole('link', { name: 'Sykkeltelling langs fylkesvegene' })
				.waitFor();
			await expectAccessible(citizen);
			await citizen.goto('/dokumenter?type=report');
			await citizen
				.getByTestId('documents')
				.getByText('Sykkeltelling langs fylkesvegene')
				.waitFor();
			await expectAccessible(citizen);
			await context.close();
		}
	);
});
