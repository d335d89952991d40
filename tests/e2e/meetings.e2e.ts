import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { BASE_URL, expectAccessible, logIn, newContext } from './browser.ts';

describe('meetings', () => {
	it(
		'the secretariat plans a meeting with three cases, one exempt; the public sees the agenda without the exempt content',
		{ timeout: 180_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/moter/ny');
			await page
				.getByLabel('Organ')
				.selectOption({ label: 'Representantskapet i Innherred regionråd' });
			await page.getByLabel('Dato').fill('2027-03-10');
			await page.getByLabel('Klokkeslett').fill('18:00');
			await page.getByLabel('Sted').fill('Jegtvolden, Inderøy');
			await expectAccessible(page);
			await page.getByRole('button', { name: 'Nytt møte' }).click();
			await page.getByText('Møtet er lagret.').waitFor();
			await expectAccessible(page);

			const cases: [string, string, string?][] = [
				['Status for handlingsprogrammet', 'Orientering'],
				['Felles uttalelse om rutetilbudet', 'Vedtak'],
				['Ansettelse av prosjektleder', 'Vedtak', 'Offl. § 25']
			];
			for (const [title, type, exempt] of cases) {
				await page.getByLabel('Sakstittel').fill(title);
				await page.getByLabel('Sakstype').selectOption({ label: type });
				await page
					.getByLabel('Saksframlegg')
					.fill(exempt ? 'HEMMELIG: søkerlisten' : `Bakgrunn for ${title}.`);
				await page
					.getByLabel('Forslag til vedtak')
					.fill(exempt ? 'HEMMELIG vedtak' : 'Tas til orientering.');
				if (exempt) {
					await page.getByLabel('Unntatt offentlighet', { exact: true }).check();
					await page.getByRole('button', { name: 'Legg til sak' }).click();
					await page.getByText('Skriv hjemmelen for unntaket.').first().waitFor();
					assert.equal(await page.getByLabel('Sakstittel').inputValue(), title);
					await expectAccessible(page);
					await page.getByLabel('Hjemmel for unntak', { exact: true }).fill(exempt);
				}
				await page.getByRole('button', { name: 'Legg til sak' }).click();
				await page.getByRole('heading', { name: new RegExp(`: ${title}$`) }).waitFor();
			}
			const headings = await page.locator('.agenda-case h3').allTextContents();
			const numbers = headings.map((h) => /Sak (\d+\/27)/.exec(h)?.[1]);
			assert.equal(new Set(numbers).size, 3, 'three distinct case numbers');

			// A case's links are set on a page of their own, and the meeting shows them.
			const routeCase = page.locator('.agenda-case').nth(1);
			await routeCase.getByText('Koblinger og vedlegg').click();
			await routeCase.getByRole('link', { name: 'Endre koblinger' }).click();
			await page.getByRole('heading', { name: 'Koblinger', level: 1 }).waitFor();
			await page.getByLabel('Handlingspunkter').fill('HA27, HA999');
			await page.getByRole('button', { name: 'Lagre koblinger' }).click();
			await page.getByText('Ukjent kode.').first().waitFor();
			assert.equal(await page.getByLabel('Handlingspunkter').inputValue(), 'HA27, HA999');
			await expectAccessible(page);
			await page.getByLabel('Handlingspunkter').fill('HA27');
			await page.getByRole('button', { name: 'Lagre koblinger' }).click();
			await page.waitForURL(/\/arbeidsrom\/moter\/\d+\?lagret=links/);
			await page.getByText('Lagret').first().waitFor();
			await page.locator('.agenda-case').nth(1).getByRole('link', { name: /^HA27/ }).waitFor();

			await page.getByRole('button', { name: 'Publiser sakslisten' }).click();
			await page.getByRole('link', { name: 'Offentlig side' }).click();
			await page.waitForURL(/\/moter\/\d+$/);

			const citizen = await (await newContext()).newPage();
			await citizen.goto(new URL(page.url()).pathname);
			const agenda = citizen.getByTestId('agenda');
			await agenda.getByText('Unntatt offentlighet (Offl. § 25)').waitFor();
			await agenda.getByText('Bakgrunn for Felles uttalelse om rutetilbudet.').waitFor();
			assert.ok(
				!(await citizen.content()).includes('HEMMELIG'),
				'no exempt content on the public page'
			);
			await expectAccessible(citizen);
			const meetingPath = new URL(citizen.url()).pathname;
			const feed = await (await fetch(`${BASE_URL}/moter.ics`)).text();
			const events = new ICAL.Component(ICAL.parse(feed))
				.getAllSubcomponents('vevent')
				.map((v) => new ICAL.Event(v));
			assert.ok(
				events.some(
					(e) => e.component.getFirstPropertyValue('url') === `${BASE_URL}${meetingPath}`
				),
				'the meeting is in the calendar with its agenda link'
			);
			assert.ok(
				!feed.includes('HEMMELIG') && !feed.includes('Ansettelse'),
				'no case content in the feed'
			);
			await citizen.goto('/moter');
			await citizen
				.getByRole('link', { name: 'Representantskapet i Innherred regionråd' })
				.first()
				.waitFor();
			await citizen.context().close();
			await context.close();
		}
	);
});
