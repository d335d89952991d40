import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { BASE_URL, expectAccessible, logIn, newContext } from './browser.ts';

const isoDaysFromNow = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

describe('hearings', () => {
	it(
		'the secretariat registers a hearing with a document; once sent the public sees it and the calendar has it',
		{ timeout: 180_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/horinger');
			await page.getByText('Fristen gikk ut for 2 dager siden').waitFor();
			await expectAccessible(page);

			await page.getByRole('link', { name: 'Registrer høring' }).click();
			await expectAccessible(page);
			const title = `Høring om stasjonsstruktur ${Date.now()}`;
			await page.getByLabel('Tittel').fill(title);
			await page.getByLabel('Fra (høringsinstans)').selectOption({ label: 'Bane NOR SF' });
			await page.getByLabel('Høringsfrist').fill(isoDaysFromNow(-3));
			await page.getByLabel('Handlingspunkter').fill('HA16, HA99');
			await page.getByRole('button', { name: 'Registrer høring' }).click();
			await page.getByTestId('error-summary').waitFor();
			await page.getByText('Fristen kan ikke ligge tilbake i tid.').first().waitFor();
			assert.equal(await page.getByLabel('Tittel').inputValue(), title);
			await expectAccessible(page);

			await page.getByLabel('Høringsfrist').fill(isoDaysFromNow(40));
			await page.getByLabel('Intern frist').fill(isoDaysFromNow(30));
			await page.getByLabel('Handlingspunkter').fill('HA16');
			await page.getByRole('button', { name: 'Registrer høring' }).click();
			await page.getByText('Høringen er lagret.').waitFor();
			await expectAccessible(page);

			// A text file named .pdf is refused; a real PDF is stored and served as a download.
			await page.getByLabel('Fil', { exact: true }).setInputFiles({
				name: 'notat.pdf',
				mimeType: 'application/pdf',
				buffer: Buffer.from('<script>alert(1)</script>')
			});
			await page.getByRole('button', { name: 'Last opp dokument' }).click();
			await page.getByText('Innholdet i filen stemmer ikke med filtypen.').first().waitFor();
			await expectAccessible(page);
			await page
				.getByLabel('Fil', { exact: true })
				.setInputFiles({ name: 'Høringsbrev.pdf', mimeType: 'application/pdf', buffer: pdf });
			await page.getByRole('button', { name: 'Last opp dokument' }).click();
			await page.getByText('Dokumentet er lagt til.').waitFor();
			const href = await page.getByRole('link', { name: 'Høringsbrev.pdf' }).getAttribute('href');
			const download = await context.request.get(href!);
			assert.equal(download.headers()['content-type'], 'application/pdf');
			assert.match(download.headers()['content-disposition'], /^attachment;/);
			assert.ok(Buffer.from(await download.body()).equals(pdf));

			await page.getByLabel('Status').selectOption({ label: 'Sendt' });
			await page.getByRole('button', { name: 'Lagre' }).click();
			await page.getByText('Høringen er lagret.').waitFor();

			const citizen = await (await newContext()).newPage();
			await citizen.goto('/horinger');
			await citizen.getByRole('heading', { name: title }).waitFor();
			await citizen.getByRole('heading', { name: 'Problemanalyse E6 Åsen–Steinkjer' }).waitFor();
			await expectAccessible(citizen);
			const anonymous = await citizen.context().request.get(href!, { maxRedirects: 0 });
			assert.equal(anonymous.status(), 303, 'documents are for logged-in users');

			const feed = await fetch(`${BASE_URL}/horinger.ics`);
			assert.match(feed.headers.get('content-type')!, /^text\/calendar/);
			const events = new ICAL.Component(ICAL.parse(await feed.text()))
				.getAllSubcomponents('vevent')
				.map((v) => new ICAL.Event(v));
			const ours = events.filter((e) => e.summary.endsWith(title));
			assert.deepEqual(ours.map((e) => e.startDate.toString()).sort(), [
				isoDaysFromNow(30),
				isoDaysFromNow(40)
			]);
			await citizen.context().close();
			await context.close();
		}
	);

	it('a partner reads the hearings but cannot register one', { timeout: 120_000 }, async () => {
		const context = await newContext();
		const page = await context.newPage();
		await logIn(page, 'verdal@demo.samstemt.no');
		await page.goto('/arbeidsrom/horinger');
		await page.getByRole('heading', { name: 'Åpne høringer' }).waitFor();
		assert.equal(await page.getByRole('link', { name: 'Registrer høring' }).count(), 0);
		const response = await page.goto('/arbeidsrom/horinger/ny');
		assert.equal(response?.status(), 403);
		await context.close();
	});
});
