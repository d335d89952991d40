import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_URL, expectAccessible, logIn, newContext } from './browser.ts';

/** The published meeting whose agenda holds an exempt case, found through the open API. */
async function meetingWithExemptCase(): Promise<number> {
	const list = await (await fetch(`${BASE_URL}/api/v1/meetings?limit=100`)).json();
	for (const { id } of list.items as { id: number }[]) {
		const meeting = await (await fetch(`${BASE_URL}/api/v1/meetings/${id}`)).json();
		if (meeting.cases.some((c: { exempt: boolean }) => c.exempt)) return id;
	}
	throw new Error('no meeting with an exempt case');
}

describe('current matters', () => {
	it(
		'the secretariat links an internal engagement and an exempt case to a matter; the public page shows neither’s content',
		{ timeout: 180_000 },
		async () => {
			const context = await newContext();
			const page = await context.newPage();
			await logIn(page, 'sekretariat@demo.samstemt.no');
			await page.goto('/arbeidsrom/aktormoter');
			const engagementPath = await page
				.getByRole('link', { name: /reisevaneundersøkelse og kunnskapsgrunnlag/ })
				.getAttribute('href');
			const meetingId = await meetingWithExemptCase();
			await page.goto(`/arbeidsrom/moter/${meetingId}`);
			const exempt = page.locator('.agenda-case', { hasText: 'Offl. § 23' });
			const caseAnchor = await exempt.getAttribute('id');
			assert.match(caseAnchor ?? '', /^sak-\d+$/);

			await page.goto('/arbeidsrom/aktuelle-saker');
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Trønderbanen', exact: true }).click();
			await page.getByLabel('Lenke eller kode').fill('/partnere/steinkjer');
			await page.getByRole('button', { name: 'Koble til' }).click();
			await page.getByText('Lim inn adressen til en side i Samstemt').first().waitFor();
			await expectAccessible(page);
			for (const reference of [
				`${BASE_URL}${engagementPath}`,
				`/arbeidsrom/moter/${meetingId}#${caseAnchor}`
			]) {
				await page.getByLabel('Lenke eller kode').fill(reference);
				await page.getByRole('button', { name: 'Koble til' }).click();
				await page.getByText('Koblingen er lagret.').waitFor();
			}
			const timeline = page.getByTestId('matter-timeline');
			await timeline.getByText(/reisevaneundersøkelse og kunnskapsgrunnlag/).waitFor();
			await timeline.getByText('Forhandlinger om belønningsavtale').waitFor();
			await expectAccessible(page);

			const citizen = await (await newContext()).newPage();
			await citizen.goto('/');
			await citizen
				.getByTestId('pinned-matters')
				.getByRole('link', { name: 'Trønderbanen' })
				.click();
			await citizen.getByRole('heading', { name: 'Trønderbanen', level: 1 }).waitFor();
			const publicTimeline = citizen.getByTestId('matter-timeline');
			await publicTimeline.getByText('Forhandlinger om belønningsavtale').waitFor();
			await publicTimeline.getByText('Offl. § 23').waitFor();
			const html = await citizen.content();
			assert.ok(
				!html.includes('reisevaneundersøkelse og kunnskapsgrunnlag'),
				'no internal engagement'
			);
			assert.ok(!html.includes('Forhandlingsposisjon overfor staten'), 'no exempt content');
			await expectAccessible(citizen);
			await context.close();
		}
	);
});
