import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_URL, expectAccessible, logIn, newContext } from './browser.ts';

const isoDaysFromNow = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function recordPosition(
	email: string,
	statementUrl: string,
	position: string,
	fields: { reservation?: string; caseNumber: string }
) {
	const context = await newContext();
	const page = await context.newPage();
	await logIn(page, email);
	await page.goto(statementUrl);
	await page.getByLabel('Standpunkt', { exact: true }).selectOption({ label: position });
	await page.getByLabel('Vedtatt av (organ)').fill('Formannskapet');
	await page.getByLabel('Vedtaksdato').fill(isoDaysFromNow(-1));
	await page.getByLabel('Saksnummer').fill(fields.caseNumber);
	if (fields.reservation) await page.getByLabel('Særmerknad').fill(fields.reservation);
	await page.getByRole('button', { name: 'Registrer standpunkt' }).click();
	await page.getByText('Lagret.').first().waitFor();
	await context.close();
}

describe('a joint statement', () => {
	it(
		'goes from a hearing through input and positions to the public page and its exports',
		{ timeout: 240_000 },
		async () => {
			const context = await newContext();
			const staff = await context.newPage();
			await logIn(staff, 'sekretariat@demo.samstemt.no');
			await staff.goto('/arbeidsrom/horinger');
			await staff
				.getByRole('link', { name: 'Eksempel: Forslag til rutetilbud for Innherred fra 2027' })
				.click();
			await staff.getByRole('link', { name: 'Skriv felles uttalelse' }).click();
			await expectAccessible(staff);

			const title = `Uttalelse om rutetilbudet ${Date.now()}`;
			await staff.getByLabel('Tittel').fill(title);
			await staff.getByLabel('Mottaker').fill('AtB AS');
			await staff.getByRole('button', { name: 'Ny uttalelse' }).click();
			await staff.getByText('Skriv minst én del med tekst.').first().waitFor();
			assert.equal(await staff.getByLabel('Tittel').inputValue(), title);
			await staff.getByLabel('Overskrift for en ny del').fill('Innledning');
			await staff
				.getByLabel('Tekst for en ny del')
				.fill('Innherredsbyen støtter **flere avganger**.');
			await staff.getByRole('button', { name: 'Ny uttalelse' }).click();
			await staff.getByText('Uttalelsen er lagret.').waitFor();
			const statementUrl = new URL(staff.url()).pathname;
			await expectAccessible(staff);

			await staff.getByLabel('Frist for innspill').fill(isoDaysFromNow(7));
			await staff.getByRole('button', { name: 'Åpne innspillsrunde' }).click();
			await staff.getByText(/Innspillsrunden er åpen til/).waitFor();

			// A partner comments on the section.
			const partnerContext = await newContext();
			const partner = await partnerContext.newPage();
			await logIn(partner, 'levanger@demo.samstemt.no');
			await partner.goto(statementUrl);
			await partner.getByLabel('Innspill til «Innledning»').fill('Nevn Levanger stasjon.');
			await partner.getByRole('button', { name: 'Send innspill' }).click();
			await partner.getByText('Levanger:').waitFor();
			await expectAccessible(partner);
			await partnerContext.close();

			await staff.reload();
			await staff.getByLabel('Vurdering').selectOption({ label: 'Delvis tatt inn' });
			await staff.getByLabel('Begrunnelse').fill('Stasjonene nevnes samlet.');
			await staff.getByRole('button', { name: 'Lagre vurdering' }).click();
			await staff.getByText('Delvis tatt inn: Stasjonene nevnes samlet.').waitFor();

			// A new part in version 2, seen in the comparison.
			await staff.getByRole('link', { name: 'Rediger teksten' }).click();
			await staff.getByLabel('Overskrift for en ny del').fill('Stasjoner');
			await staff
				.getByLabel('Tekst for en ny del')
				.fill('Alle stasjoner på Innherred skal betjenes.');
			await expectAccessible(staff);
			await staff.getByRole('button', { name: 'Lagre ny versjon' }).click();
			await staff.getByText('Uttalelsen er lagret.').waitFor();
			await staff.goto(`${statementUrl}/versjoner`);
			await staff.getByRole('heading', { name: 'Endringer fra versjon 1 til versjon 2' }).waitFor();
			assert.match((await staff.locator('ins').first().textContent()) ?? '', /Alle stasjoner/);
			await expectAccessible(staff);

			await recordPosition('levanger@demo.samstemt.no', statementUrl, 'Slutter seg til', {
				caseNumber: '26/41'
			});
			await recordPosition(
				'verdal@demo.samstemt.no',
				statementUrl,
				'Slutter seg til med særmerknad',
				{
					caseNumber: '26/17',
					reservation: 'Verdal ber om stopp ved Ørin.'
				}
			);
			await recordPosition('frosta@demo.samstemt.no', statementUrl, 'Slutter seg ikke til', {
				caseNumber: '26/9'
			});

			await staff.goto(statementUrl);
			await staff.getByRole('button', { name: 'Frys teksten som endelig' }).click();
			await staff.getByRole('heading', { name: 'Registrer sending' }).waitFor();
			await staff.getByLabel('Sendt dato').fill(isoDaysFromNow(1 + 30));
			await staff.getByRole('button', { name: 'Registrer sending' }).click();
			await staff.getByText('Sendt-datoen kan ikke ligge fram i tid.').first().waitFor();
			await staff.getByLabel('Sendt dato').fill(isoDaysFromNow(-1));
			await staff.getByRole('button', { name: 'Registrer sending' }).click();
			await staff.getByText(/^Sendt .* til AtB AS\.$/).waitFor();
			await expectAccessible(staff);

			const citizen = await (await newContext()).newPage();
			await citizen.goto('/uttalelser');
			await citizen.getByRole('link', { name: title }).click();
			const endorsing = citizen.getByTestId('endorsing');
			await endorsing.getByText('Levanger kommune').waitFor();
			await endorsing.getByText('Verdal ber om stopp ved Ørin.').waitFor();
			await citizen.getByTestId('declining').getByText('Frosta kommune').waitFor();
			assert.equal(
				await citizen.locator('.statement-text strong').first().textContent(),
				'flere avganger'
			);
			await expectAccessible(citizen);
			for (const [kind, type] of [
				['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
				['pdf', 'application/pdf']
			]) {
				const response = await fetch(
					`${BASE_URL}${new URL(citizen.url()).pathname}/uttalelse.${kind}`
				);
				assert.equal(response.status, 200);
				assert.equal(response.headers.get('content-type'), type);
				assert.match(response.headers.get('content-disposition')!, /^attachment;/);
			}
			await citizen.goto('/horinger');
			await citizen
				.getByRole('heading', { name: 'Eksempel: Forslag til rutetilbud for Innherred fra 2027' })
				.waitFor();
			await citizen.context().close();
			await context.close();
		}
	);
});
