import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, logIn, newContext } from './browser.ts';

const isoDaysFromNow = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function score(email: string, roundUrl: string, scores: Record<string, string>) {
	const context = await newContext();
	const page = await context.newPage();
	await logIn(page, email);
	await page.goto(roundUrl);
	await page.getByText('Resultatet vises når runden er lukket.').waitFor();
	for (const [label, value] of Object.entries(scores))
		await page.getByLabel(label, { exact: true }).selectOption(value);
	await page.getByRole('button', { name: 'Lagre vurderingen' }).click();
	await page.getByText('Endringene er lagret.').waitFor();
	await expectAccessible(page);
	await context.close();
}

describe('a prioritisation round', () => {
	it(
		'is scored by three partners, ranked, closed, published and used to set a horizon',
		{ timeout: 180_000 },
		async () => {
			const context = await newContext();
			const staff = await context.newPage();
			await logIn(staff, 'sekretariat@demo.samstemt.no');
			await staff.goto('/arbeidsrom/prioriteringer/ny');
			await expectAccessible(staff);
			const title = `Prioritering ${Date.now()}`;
			await staff.getByLabel('Tittel').fill(title);
			await staff.getByLabel('Åpner').fill(isoDaysFromNow(-1));
			await staff.getByLabel('Stenger').fill(isoDaysFromNow(14));
			await staff.getByLabel('Handlingspunkter').fill('HA16, HA18');
			await staff.getByLabel('Kriterium 1', { exact: true }).fill('Effekt på målene');
			await staff.getByLabel('Vekt for kriterium 1').fill('2');
			await staff.getByLabel('Kriterium 2', { exact: true }).fill('Modenhet');
			await staff.getByLabel('Vekt for kriterium 2').fill('1');
			await staff.getByLabel('Kriterium 3', { exact: true }).fill('');
			await staff.getByLabel('Vekt for kriterium 3').fill('');
			await staff.getByLabel('Vekt for kriterium 4').fill('500');
			await staff.getByRole('button', { name: 'Ny prioriteringsrunde' }).click();
			await staff.getByTestId('error-summary').waitFor();
			await expectAccessible(staff);
			await staff.getByLabel('Vekt for kriterium 4').fill('');
			await staff.getByRole('button', { name: 'Ny prioriteringsrunde' }).click();
			await staff.getByText('Runden er lagret.').waitFor();
			const roundUrl = new URL(staff.url()).pathname;

			// The hand-computed table of the unit test: HA18 first (4.00), HA16 second (3.33).
			const labels = (x: [number, number], y: [number, number]) => ({
				'HA16 – Effekt på målene': String(x[0]),
				'HA16 – Modenhet': String(x[1]),
				'HA18 – Effekt på målene': String(y[0]),
				'HA18 – Modenhet': String(y[1])
			});
			await score('steinkjer@demo.samstemt.no', roundUrl, labels([5, 2], [2, 5]));
			await score('verdal@demo.samstemt.no', roundUrl, labels([3, 3], [5, 5]));
			await score('levanger@demo.samstemt.no', roundUrl, labels([4, 1], [5, 2]));

			await staff.reload();
			const rows = staff.getByTestId('round-result').locator('tbody tr');
			assert.match((await rows.nth(0).textContent()) ?? '', /HA18.*4,00/s);
			assert.match((await rows.nth(1).textContent()) ?? '', /HA16.*3,33/s);
			await expectAccessible(staff);

			await staff.getByLabel('Sett tidshorisont for HA18').selectOption({ label: 'Kort sikt' });
			await staff.getByRole('button', { name: 'Sett' }).first().click();
			await staff.getByText('Endringene er lagret.').waitFor();
			await staff.getByRole('button', { name: 'Lukk runden nå' }).click();
			await staff.getByRole('button', { name: 'Publiser resultatet' }).click();
			await staff.getByText('Publisert').first().waitFor();

			const citizen = await (await newContext()).newPage();
			await citizen.goto('/prioriteringer');
			await citizen.getByRole('link', { name: title }).click();
			const first = citizen.getByTestId('round-result').locator('tbody tr').first();
			assert.match((await first.textContent()) ?? '', /HA18.*4,00.*Kort sikt/s);
			await expectAccessible(citizen);
			await citizen.context().close();
			await context.close();
		}
	);
});
