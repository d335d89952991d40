import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';
import { waitForMail } from './mail.ts';

describe('open questions', () => {
	it(
		'a citizen asks without JavaScript, Verdal drafts the answer, the secretariat publishes it, and the answer arrives by mail',
		{ timeout: 240_000 },
		async () => {
			const citizenContext = await newContext({ javaScriptEnabled: false });
			const citizen = await citizenContext.newPage();
			await citizen.goto('/sporsmal');
			await expectAccessible(citizen);
			await citizen.getByRole('link', { name: 'Still et spørsmål' }).click();
			const text = `Kommer det sykkelparkering ved Verdal stasjon? (${Date.now()})`;
			const address = `innbygger-${Date.now()}@example.no`;
			await citizen.getByLabel('Spørsmålet ditt').fill(text);
			await citizen.getByLabel('E-postadresse (valgfritt)').fill(address);
			// People take a few seconds; the form refuses what comes sooner.
			await new Promise((r) => setTimeout(r, 3_500));
			await citizen.getByRole('button', { name: 'Send spørsmålet' }).click();
			await citizen
				.getByText('Kryss av for samtykke når du oppgir navn eller e-postadresse, eller fjern dem.')
				.first()
				.waitFor();
			assert.equal(await citizen.getByLabel('Spørsmålet ditt').inputValue(), text);
			await expectAccessible(citizen);
			await citizen.getByLabel('Jeg samtykker', { exact: false }).check();
			await citizen.getByRole('button', { name: 'Send spørsmålet' }).click();
			await citizen.getByText('Takk! Spørsmålet er mottatt.', { exact: false }).waitFor();
			await expectAccessible(citizen);

			const staffContext = await newContext();
			const staff = await staffContext.newPage();
			await logIn(staff, 'sekretariat@demo.samstemt.no');
			await staff.goto('/arbeidsrom/sporsmal?status=new');
			await staff.getByRole('link', { name: text }).click();
			await staff.getByText('har oppgitt e-postadresse').waitFor();
			await expectAccessible(staff);
			await staff
				.getByLabel('Send til organisasjon for svarutkast')
				.selectOption({ label: 'Verdal kommune' });
			await staff.getByRole('button', { name: 'Godta og send videre' }).click();
			await staff.getByText('Spørsmålet er godtatt.').waitFor();
			const questionUrl = staff.url().split('?')[0];

			const verdalContext = await newContext();
			const verdal = await verdalContext.newPage();
			await logIn(verdal, 'verdal@demo.samstemt.no');
			await verdal.goto('/arbeidsrom/sporsmal');
			await verdal.getByRole('link', { name: text }).click();
			assert.equal(await verdal.getByText(address).count(), 0);
			await verdal
				.getByLabel('Utkast til svar')
				.fill('Verdal kommune bygger overbygd sykkelparkering ved stasjonen i 2027.');
			await verdal.getByRole('button', { name: 'Lagre utkastet' }).click();
			await verdal.getByText('Svarutkastet er lagret.').waitFor();
			await expectAccessible(verdal);
			await verdalContext.close();

			await staff.goto(questionUrl);
			assert.match(
				await staff.getByLabel('Svar', { exact: true }).inputValue(),
				/overbygd sykkelparkering/
			);
			await staff.getByLabel('Handlingspunkter').fill('HA27');
			await staff.getByRole('button', { name: 'Publiser spørsmål og svar' }).click();
			await staff.getByText('Spørsmålet og svaret er publisert.').waitFor();
			await staffContext.close();

			const mail = await waitForMail(
				address,
				(m) => m.subject === 'Svar på spørsmålet ditt til Innherredsbyen'
			);
			assert.match(mail.text ?? '', /overbygd sykkelparkering/);

			await citizen.goto('/sporsmal');
			await citizen.getByRole('link', { name: text }).click();
			await citizen.getByText('overbygd sykkelparkering', { exact: false }).waitFor();
			assert.equal(await citizen.getByText(address).count(), 0);
			await expectAccessible(citizen);
			await citizen.goto('/handlingsprogram/HA27');
			await citizen.getByRole('link', { name: text }).waitFor();
			await citizenContext.close();
		}
	);
});
