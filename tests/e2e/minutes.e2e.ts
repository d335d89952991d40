import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { BASE_URL, expectAccessible, logIn, newContext } from './browser.ts';

// The task is unique per run, so that a rerun on the same database finds its own.
const task = `Utrede pendlerparkering ved Verdal stasjon (${Date.now()})`;

/** A field's value once the page has hydrated: reads until it stops being empty, for 5 s at most. */
async function settledValue(locator: Locator): Promise<string> {
	const deadline = Date.now() + 5_000;
	let value = await locator.inputValue();
	while (!value && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		value = await locator.inputValue();
	}
	return value;
}

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());

describe('minutes and follow-ups', () => {
	it(
		'the secretariat writes minutes with a decision and a follow-up; the partner closes the follow-up',
		{ timeout: 180_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/moter/ny');
			await page.getByLabel('Organ').selectOption({ label: 'Styringsgruppen for Innherredsbyen' });
			await page.getByLabel('Dato').fill(today);
			await page.getByLabel('Klokkeslett').fill('00:05');
			await page.getByRole('button', { name: 'Nytt møte' }).click();
			await page.getByText('Møtet er lagret.').waitFor();
			const meetingPath = new URL(page.url()).pathname;
			await page.getByLabel('Sakstittel').fill('Pendlerparkering ved stasjonene');
			await page.getByLabel('Sakstype').selectOption({ label: 'Vedtak' });
			await page.getByLabel('Forslag til vedtak').fill('Styringsgruppen ber om en utredning.');
			await page.getByLabel('Handlingspunkter').fill('HA23');
			await page.getByRole('button', { name: 'Legg til sak' }).click();
			await page.getByRole('heading', { name: /: Pendlerparkering ved stasjonene$/ }).waitFor();
			await page.getByRole('link', { name: /HA23/ }).first().waitFor();
			await page.getByRole('button', { name: 'Publiser sakslisten' }).click();

			// Attendance: everyone present but one, who is absent.
			const statuses = page.locator('select[name^="status_"]');
			const count = await statuses.count();
			for (let i = 0; i < count; i++)
				await statuses.nth(i).selectOption(i === count - 1 ? 'absent' : 'present');
			await page.getByRole('button', { name: 'Lagre oppmøte' }).click();
			await page.getByText('Endringene er lagret.').waitFor();

			// A bad vote count keeps the text; then the decision is saved.
			await page
				.getByLabel('Vedtak', { exact: true })
				.fill('Styringsgruppen ber Verdal om en utredning.');
			await page.getByLabel('Stemmer for').fill('-3');
			await page.getByRole('button', { name: 'Lagre vedtak' }).click();
			await page.getByText('Skriv et antall stemmer fra 0 til 1000.').first().waitFor();
			assert.equal(
				await settledValue(page.getByLabel('Vedtak', { exact: true })),
				'Styringsgruppen ber Verdal om en utredning.'
			);
			await expectAccessible(page);
			await page.getByLabel('Stemmer for').fill('6');
			await page.getByLabel('Stemmer mot').fill('1');
			await page.getByRole('button', { name: 'Lagre vedtak' }).click();
			await page.getByText('6 for, 1 mot, 0 avsto.').waitFor();

			await page.getByLabel('Oppgave').fill(task);
			await page.getByLabel('Ansvarlig organisasjon').selectOption({ label: 'Verdal kommune' });
			await page.getByLabel('Frist').fill('2099-06-30');
			await page.getByRole('button', { name: 'Legg til oppfølging' }).click();
			await page.getByText(`${task} – Verdal kommune`).waitFor();

			await page.getByLabel('Godkjent dato').fill(today);
			await page.getByRole('button', { name: 'Godkjenn protokollen' }).click();
			await page.getByText(/er låst/).waitFor();
			await page.getByRole('button', { name: 'Lag statusrapport nå' }).click();
			await page.getByRole('link', { name: 'Status for handlingsprogrammet' }).waitFor();
			await expectAccessible(page);

			// A change after approval needs a reason.
			await page.getByText('Vedtak og oppfølging').click();
			await page
				.getByLabel('Vedtak', { exact: true })
				.fill('Styringsgruppen ber Verdal kommune om en utredning.');
			await page.getByRole('button', { name: 'Lagre vedtak' }).click();
			await page
				.getByText(/Protokollen er godkjent og låst/)
				.first()
				.waitFor();
			const decisionForm = page.locator('form[action^="?/decision"]');
			await decisionForm
				.getByLabel('Hvorfor rettes protokollen?')
				.fill('Navnet på kommunen var ufullstendig.');
			await page.getByRole('button', { name: 'Lagre vedtak' }).click();
			await page.getByText('Navnet på kommunen var ufullstendig.').waitFor();

			// The public minutes and the status report.
			const citizen = await (await newContext()).newPage();
			const publicPath = meetingPath.replace('/arbeidsrom', '');
			await citizen.goto(publicPath);
			await citizen.getByText('Styringsgruppen ber Verdal kommune om en utredning.').waitFor();
			await citizen.getByText('Navnet på kommunen var ufullstendig.').waitFor();
			await expectAccessible(citizen);
			const pdf = await fetch(`${BASE_URL}${publicPath}/protokoll.pdf`);
			assert.equal(pdf.headers.get('content-type'), 'application/pdf');
			assert.equal(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5)), '%PDF-');
			await citizen.getByRole('link', { name: 'Status for handlingsprogrammet' }).click();
			await citizen.getByRole('heading', { name: 'Sammendrag' }).waitFor();
			await expectAccessible(citizen);
			await citizen.context().close();
			await context.close();

			// Verdal's partner user closes the follow-up with a result.
			const partnerContext = await newContext();
			const partner = await partnerContext.newPage();
			await logIn(partner, 'verdal@demo.samstemt.no');
			await partner.goto('/arbeidsrom/oppfolging');
			const item = partner.locator('li', {
				has: partner.getByRole('heading', { name: task })
			});
			await item.getByRole('button', { name: 'Marker som utført' }).click();
			await partner.getByText('Feltet må fylles ut.').first().waitFor();
			await expectAccessible(partner);
			await item.getByLabel('Resultat').fill('Utredningen er lagt fram for kommunestyret.');
			await item.getByRole('button', { name: 'Marker som utført' }).click();
			await partner.getByText('Oppfølgingen er markert som utført.').waitFor();
			await partner.goto('/arbeidsrom/oppfolging?vis=ferdige');
			await partner.getByText('Utredningen er lagt fram for kommunestyret.').waitFor();
			await expectAccessible(partner);
			await partnerContext.close();
		}
	);
});
