import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

describe('inquiries, engagements and measures', () => {
	it(
		'an inquiry becomes an engagement with a next step, then a measure under an action point that the public sees',
		{ timeout: 180_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/henvendelser');
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Ny henvendelse' }).click();
			const topic = `Samarbeid om sykkeltelling ${Date.now()}`;
			await page.getByLabel('Tema', { exact: true }).fill(topic);
			await page.getByLabel('Mottatt').fill('2026-11-02');
			await page.getByRole('button', { name: 'Ny henvendelse' }).click();
			await page.getByText('Velg en organisasjon eller skriv personens rolle.').first().waitFor();
			assert.equal(await page.getByLabel('Tema', { exact: true }).inputValue(), topic);
			await expectAccessible(page);
			await page.getByLabel('Eller personens rolle').fill('Forsker ved Nord universitet');
			await page.getByLabel('Handlingspunkter').fill('HA27');
			await page.getByRole('button', { name: 'Ny henvendelse' }).click();
			await page.getByText('Henvendelsen er lagret.').waitFor();
			await expectAccessible(page);

			await page.getByRole('link', { name: 'Lag møte fra henvendelsen' }).click();
			assert.equal(await page.getByLabel('Tittel').inputValue(), topic);
			await page.getByLabel('Dato', { exact: true }).fill('2026-11-20');
			await page.getByRole('button', { name: 'Nytt møte med aktør' }).click();
			await page.getByText('Velg minst én aktør.').first().waitFor();
			await page.getByLabel('Trøndelag fylkeskommune').check();
			await page.getByLabel('Våre deltakere (roller)').fill('Utviklingsleder');
			await page.getByRole('button', { name: 'Nytt møte med aktør' }).click();
			await page.getByText('Møtet er lagret.').waitFor();
			await expectAccessible(page);

			await page.getByLabel('Oppgave').fill('Sende utkast til avtale om tellepunkter');
			await page.getByLabel('Frist').fill('2026-12-20');
			await page.getByRole('button', { name: 'Legg til neste steg' }).click();
			await page.getByText('Neste steg er lagt til oppfølgingslisten.').waitFor();
			await page.getByRole('link', { name: 'Oppfølging' }).first().click();
			await page.getByText('Sende utkast til avtale om tellepunkter').waitFor();
			await page.getByRole('link', { name: `Møte med aktør: ${topic}` }).click();

			// What the county promised in the meeting is recorded from the meeting's page.
			await page.getByRole('link', { name: 'Registrer en forpliktelse herfra' }).click();
			assert.equal(
				await page.getByLabel('Aktør').locator('option:checked').textContent(),
				'Trøndelag fylkeskommune'
			);
			const promise = `Fylkeskommunen setter opp tellepunkter ${Date.now()}`;
			await page.getByLabel('Hva er lovet').fill(promise);
			await page.getByLabel('Lovet dato').fill('2027-06-30');
			await page.getByRole('button', { name: 'Ny forpliktelse' }).click();
			await page.getByText('Forpliktelsen er lagret.').waitFor();
			await page.getByRole('link', { name: topic }).click();
			await page.getByRole('link', { name: `${'Trøndelag fylkeskommune'}: ${promise}` }).waitFor();
			await expectAccessible(page);

			await page.getByLabel('Handlingspunkt for tiltaket').fill('HA27');
			await page.getByRole('button', { name: 'Lag tiltak under et handlingspunkt' }).click();
			const title = `Tellepunkter for sykkel ${Date.now()}`;
			await page.getByLabel('Tittel').fill(title);
			await page.getByLabel('Eier').selectOption({ label: 'Trøndelag fylkeskommune' });
			await page.getByLabel('Fase').selectOption({ label: 'Finansiering vedtatt' });
			await page.getByLabel('Kostnadsanslag (kr)').fill('-3');
			await page.getByRole('button', { name: 'Nytt tiltak' }).click();
			await page.getByText('Skriv et beløp i hele kroner, 0 eller mer.').first().waitFor();
			await expectAccessible(page);
			await page.getByLabel('Kostnadsanslag (kr)').fill('900 000');
			await page.getByLabel('Fylkeskommunal').fill('600000');
			await page.getByRole('button', { name: 'Nytt tiltak' }).click();
			await page.getByText('Tiltaket er lagret.').waitFor();
			await expectAccessible(page);

			const citizen = await (await newContext()).newPage();
			await citizen.goto('/handlingsprogram/HA27');
			const measures = citizen.getByTestId('measures');
			const item = measures.locator('li', { hasText: title });
			await item.getByText('Finansiering vedtatt').waitFor();
			assert.match((await item.textContent()) ?? '', /Fylkeskommunal 600\s000 kr/);
			await expectAccessible(citizen);
			await citizen.goto('/handlingsprogram?tiltak=funding_decided');
			await citizen.locator('a[href="/handlingsprogram/HA27"]').first().waitFor();
			await context.close();
		}
	);
});
