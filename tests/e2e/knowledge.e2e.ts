import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

describe('knowledge', () => {
	it(
		'the secretariat imports a JSON-stat file from Statistics Norway with a preview; the public sees the chart and its table',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/kunnskap');
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Befolkning', exact: true }).click();
			await page.getByLabel('Fil', { exact: true }).setInputFiles({
				name: 'feil.json',
				mimeType: 'application/json',
				buffer: Buffer.from('{"dette": "er ikke JSON-stat"}')
			});
			await page.getByRole('button', { name: 'Les inn og vis' }).click();
			await page.getByText('Filen er ikke JSON-stat 2.0', { exact: false }).first().waitFor();
			await expectAccessible(page);
			await page.getByLabel('Fil', { exact: true }).setInputFiles({
				name: '07459.json',
				mimeType: 'application/json',
				buffer: readFileSync('tests/fixtures/ssb/07459.json')
			});
			await page.getByRole('button', { name: 'Les inn og vis' }).click();
			await page.getByText('18 rader, 0 som ikke kan leses').waitFor();
			await expectAccessible(page);
			await page.getByRole('button', { name: 'Lagre alle 18 radene' }).click();
			await page.getByText('Lest inn: 0 nye og 18 endrede tall.').waitFor();

			const citizen = await (await newContext({ javaScriptEnabled: false })).newPage();
			await citizen.goto('/kunnskap');
			await expectAccessible(citizen);
			await citizen.getByRole('link', { name: 'Befolkning', exact: true }).click();
			const table = citizen.getByTestId('indicator-table');
			await table.getByText(/24\s589/).waitFor();
			const chart = citizen.getByRole('img', { name: /Diagram: Befolkning/ });
			const src = await chart.getAttribute('src');
			const svg = await citizen.request.get(src!);
			assert.equal(svg.headers()['content-type'], 'image/svg+xml');
			assert.match(await svg.text(), /<svg/);
			await citizen.getByText('Kilde: SSB, tabell 07459, CC BY 4.0').waitFor();
			await expectAccessible(citizen);
			await citizen.goto('/');
			await citizen
				.getByTestId('featured-indicators')
				.getByText('Reisemiddelfordeling i Innherred')
				.waitFor();
			await context.close();
		}
	);

	it(
		'a politician reads where the partnership stands for an urban growth agreement, on a phone, and downloads the brief',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext({ mobile: true, javaScriptEnabled: false });
			const page = await context.newPage();
			await logIn(page, 'leser@demo.samstemt.no');
			await page.goto('/arbeidsrom/byvekstavtale');
			await page.getByRole('heading', { name: 'Klar for byvekstavtale', level: 1 }).waitFor();
			await page
				.getByTestId('readiness-car_traffic')
				.getByText(/Nås ikke nå/)
				.waitFor();
			await page.getByTestId('gap-stale').getByText('Reisemiddelfordeling i Innherred').waitFor();
			await page.getByTestId('gap-no-measure').getByRole('link', { name: /^HA16/ }).waitFor();
			assert.ok(
				await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
				'the view fits the screen'
			);
			await expectAccessible(page);
			const href = await page
				.getByRole('link', { name: 'Last ned notatet (PDF)' })
				.getAttribute('href');
			const brief = await page.request.get(href!);
			assert.equal(brief.status(), 200);
			assert.equal(brief.headers()['content-type'], 'application/pdf');
			assert.equal((await brief.body()).subarray(0, 5).toString(), '%PDF-');
			await context.close();
		}
	);
});
