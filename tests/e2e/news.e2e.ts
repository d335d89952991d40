import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { BASE_URL, expectAccessible, logIn, newContext } from './browser.ts';

/** The date and time of day in Norway a number of seconds from now, as the schedule form takes them. */
function osloIn(seconds: number) {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Oslo',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(new Date(Date.now() + seconds * 1_000));
	const part = (type: string) => parts.find((p) => p.type === type)!.value;
	return {
		date: `${part('year')}-${part('month')}-${part('day')}`,
		time: `${part('hour')}:${part('minute')}:${part('second')}`
	};
}

describe('news', () => {
	it(
		'a post goes from draft to scheduled to published by the job queue, and is read on /aktuelt, at its address and in the feed',
		{ timeout: 180_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/aktuelt');
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Ny nyhet' }).click();
			const title = `Flere tog på Trønderbanen ${Date.now()}`;
			await page.getByLabel('Tittel').fill(title);
			await page.getByLabel('Ingress').fill('Fra neste år går det to tog i timen.');
			await page.getByLabel('Brødtekst').fill('Partnerskapet har arbeidet for **dette** lenge.');
			const picture = await sharp({
				create: { width: 1600, height: 900, channels: 3, background: '#1e4f6e' }
			})
				.jpeg()
				.toBuffer();
			await page
				.getByLabel('Last opp et bilde')
				.setInputFiles({ name: 'tog.jpg', mimeType: 'image/jpeg', buffer: picture });
			await page.getByLabel('Jernbane').check();
			await page.getByRole('button', { name: 'Lagre utkastet' }).click();
			await page.getByText('Skriv hva bildet viser (alternativ tekst).').first().waitFor();
			assert.equal(await page.getByLabel('Tittel').inputValue(), title);
			await expectAccessible(page);
			await page
				.getByLabel('Last opp et bilde')
				.setInputFiles({ name: 'tog.jpg', mimeType: 'image/jpeg', buffer: picture });
			await page.getByLabel('Alternativ tekst').fill('Et lokaltog ved perrongen på Verdal stasjon');
			await page.getByRole('button', { name: 'Lagre utkastet' }).click();
			await page.getByText('Nyheten er lagret.').waitFor();
			assert.equal(await page.getByTestId('news-state').getByText('Utkast').count(), 1);

			// Scheduled a few seconds ahead; the job queue publishes it within a minute.
			const at = osloIn(8);
			await page.getByLabel('Publiseringsdato').fill(at.date);
			await page.getByLabel('Klokkeslett').evaluate((input, time) => {
				(input as HTMLInputElement).step = '1';
				(input as HTMLInputElement).value = time;
			}, at.time);
			await page.getByRole('button', { name: 'Planlegg publisering' }).click();
			await page.getByText('Nyheten er planlagt.').waitFor();
			await expectAccessible(page);
			const citizen = await (await newContext()).newPage();
			await citizen.goto('/aktuelt');
			assert.equal(await citizen.getByRole('link', { name: title }).count(), 0);
			const deadline = Date.now() + 100_000;
			let feed = '';
			while (Date.now() < deadline) {
				feed = await (await fetch(`${BASE_URL}/aktuelt/atom.xml?t=${Date.now()}`)).text();
				if (feed.includes(title)) break;
				await new Promise((r) => setTimeout(r, 2_000));
			}
			assert.ok(feed.includes(title), 'the scheduled post reached the feed');

			await citizen.goto('/aktuelt');
			await citizen.getByRole('link', { name: title }).click();
			await citizen.getByRole('heading', { name: title, level: 1 }).waitFor();
			const meta = async (property: string) =>
				citizen.locator(`meta[property="${property}"]`).getAttribute('content');
			assert.equal(await meta('og:title'), title);
			assert.equal(await meta('og:image:alt'), 'Et lokaltog ved perrongen på Verdal stasjon');
			assert.match((await meta('og:image')) ?? '', /\/aktuelt\/bilde\/\d+-1200\.jpg$/);
			const image = await fetch(new URL((await meta('og:image'))!, BASE_URL));
			assert.equal(image.headers.get('content-type'), 'image/jpeg');
			await expectAccessible(citizen);
			await citizen.getByRole('link', { name: 'Jernbane' }).click();
			await citizen.getByRole('link', { name: title }).waitFor();
			await expectAccessible(citizen);
			await context.close();
		}
	);

	it(
		'the secretariat reads followers from a CSV with a preview, and sees the growth; a partner records that it shared a post',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/rekkevidde');
			await expectAccessible(page);
			const file = 'Dato;Følgere;Rekkevidde\n01.01.2026;1 200;x\n01.06.2026;1 800;4 000\n';
			await page.getByLabel('CSV-fil').setInputFiles({
				name: 'facebook.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(file)
			});
			await page.getByRole('button', { name: 'Les inn og vis' }).click();
			await page.getByText('2 rader, 2 som ikke kan leses').waitFor();
			await expectAccessible(page);
			await page.getByLabel('Rekkevidde', { exact: true }).selectOption({ label: 'Ingen kolonne' });
			await page.getByLabel('Kanal når filen ikke sier det').selectOption({ label: 'Facebook' });
			await page.getByRole('button', { name: 'Bruk kolonnene' }).click();
			await page.getByText('2 rader, 0 som ikke kan leses').waitFor();
			await page.getByRole('button', { name: 'Lagre alle 2 radene' }).click();
			await page.getByText('Lest inn: 2 nye og 0 endrede tall.').waitFor();
			await page.goto('/arbeidsrom/rekkevidde');
			await page
				.getByTestId('reach-figures')
				.getByText(/1\s800 følgere/)
				.first()
				.waitFor();
			await page.getByTestId('reach-growth').waitFor();
			await context.close();

			const partner = await (await newContext()).newPage();
			await logIn(partner, 'levanger@demo.samstemt.no');
			await partner.goto('/arbeidsrom/aktuelt');
			await partner.getByRole('link', { name: 'Deling' }).first().click();
			await partner.getByLabel('Tekst for LinkedIn').waitFor();
			await expectAccessible(partner);
			await partner.getByRole('button', { name: 'Vi har delt nyheten' }).click();
			await partner.getByText('Delingen er registrert.').waitFor();
			await partner.getByTestId('shared-by').getByText('Levanger kommune').waitFor();
		}
	);
});
