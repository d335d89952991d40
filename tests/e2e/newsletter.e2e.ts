import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_URL, expectAccessible, newContext } from './browser.ts';
import { waitForMail } from './mail.ts';

describe('the newsletter', () => {
	it(
		'a subscription is confirmed from the link in its mail, and ended by the mail client’s one-click unsubscribe',
		{ timeout: 240_000 },
		async () => {
			const context = await newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			const address = `leser-${Date.now()}@example.no`;
			await page.goto('/aktuelt');
			await page.getByRole('link', { name: 'Få nyhetene på e-post en gang i måneden' }).click();
			await expectAccessible(page);
			await page.getByLabel('E-postadresse').fill('ikke en adresse');
			await new Promise((r) => setTimeout(r, 3_500));
			await page.getByRole('button', { name: 'Abonner' }).click();
			await page.getByText('Skriv en gyldig e-postadresse.').first().waitFor();
			await expectAccessible(page);
			await page.getByLabel('E-postadresse').fill(address);
			await page.getByRole('button', { name: 'Abonner' }).click();
			await page.getByText('Sjekk e-posten din', { exact: false }).waitFor();

			const confirmation = await waitForMail(address);
			const link = /https?:\/\/\S+\/nyhetsbrev\/bekreft\/[A-Za-z0-9_-]+/.exec(
				confirmation.text ?? ''
			)![0];
			await page.goto(link);
			await expectAccessible(page);
			await page.getByRole('button', { name: 'Bekreft abonnementet' }).click();
			await page.getByText('Abonnementet er bekreftet.', { exact: false }).waitFor();

			// The mail client's one-click unsubscribe: a post from the mail provider, not from a page.
			const unsubscribe = (confirmation.headers.get('list') as { unsubscribe: { url: string } })
				.unsubscribe.url;
			const response = await fetch(new URL(new URL(unsubscribe).pathname, BASE_URL), {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'List-Unsubscribe=One-Click',
				redirect: 'manual'
			});
			assert.ok(response.status < 400, `one-click unsubscribe answered ${response.status}`);
			await page.goto(new URL(unsubscribe).pathname);
			await page.getByText('Du er meldt av.', { exact: false }).waitFor();
			await expectAccessible(page);
			await context.close();
		}
	);
});
