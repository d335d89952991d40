import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, ValidationError } from '../core/errors.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { reachFigure } from './schema.ts';
import { confirmReachImport, mapReachImport, recordReach, startReachImport } from './commands.ts';
import { followerGrowth, getReachImport, weeklyReach } from './queries.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;

const csv = (text: string, name = 'følgere.csv') => ({
	file: { name, type: 'text/csv', content: new TextEncoder().encode(text) }
});

async function errorsOf(work: Promise<unknown>): Promise<Record<string, string>> {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fields;
}

beforeAll(async () => {
	env = await createSeededDatabase();
	// The demo's example figures are left out: these tests count their own.
	await env.db.delete(reachFigure);
});
afterAll(() => env.database.drop());

describe('reach', () => {
	it('reads a CSV as Norwegian Excel saves it, shows each row, and writes all or nothing', async () => {
		const staff = await env.ctxAs('sekretariat');
		// Semicolons, a byte-order mark, dates as people write them, thousands with spaces.
		const file =
			'\uFEFFDato;Kanal;Følgere;Rekkevidde\n01.01.2026;Facebook;1 200;3 400\n1.2.26;Facebook;1 350;\nmars 2026;facebook;1.512;5 000\n2026-04-01;LinkedIn;310;x\n';
		const draft = await startReachImport(staff, csv(file));
		const preview = await getReachImport(staff, { id: draft.id });
		expect(preview.draft.mapping).toEqual({ on: 0, channel: 1, followers: 2, reach: 3 });
		expect(preview.total).toBe(4);
		expect(preview.problems.map((p) => [p.line, p.errors])).toEqual([
			[5, [{ field: 'reach', value: 'x' }]]
		]);
		// One bad row stops the whole: nothing is written.
		expect(
			await errorsOf(confirmReachImport(staff, { id: draft.id, version: preview.draft.version }))
		).toEqual({ _form: 'reach_error_rows' });
		expect(await env.db.select().from(reachFigure)).toEqual([]);

		// Without the reach column every row can be read.
		const mapped = await mapReachImport(staff, {
			id: draft.id,
			version: preview.draft.version,
			on: '0',
			channel: '1',
			followers: '2',
			reach: '',
			defaultChannel: ''
		});
		const done = await confirmReachImport(staff, { id: draft.id, version: mapped.version });
		expect(done).toMatchObject({ added: 4, changed: 0 });
		const rows = await env.db.select().from(reachFigure);
		expect(rows.map((r) => [r.on, r.channel, r.followers]).sort()).toEqual([
			['2026-01-01', 'facebook', 1200],
			['2026-02-01', 'facebook', 1350],
			['2026-03-31', 'facebook', 1512],
			['2026-04-01', 'linkedin', 310]
		]);
		// A draft is imported once.
		expect(
			await errorsOf(confirmReachImport(staff, { id: draft.id, version: mapped.version + 1 }))
		).toEqual({ _form: 'csv_error_imported' });

		// A figure typed in for the same day corrects the imported one.
		await recordReach(staff, {
			on: '2026-03-31',
			channel: 'facebook',
			followers: '1 530',
			reach: ''
		});
		const growth = await followerGrowth(env.db, '2026-04-15');
		expect(growth).toEqual([
			{
				channel: 'facebook',
				from: '2026-01-01',
				to: '2026-03-31',
				first: 1200,
				last: 1530,
				change: 330,
				percent: 27.5
			}
		]);
		const weeks = await weeklyReach(env.db, '2026-04-15');
		expect(weeks).toHaveLength(26);
		expect(weeks.find((w) => w.monday === '2026-03-30')?.followers).toBe(1530);
	});

	it('refuses a file that is not CSV, duplicate days, empty figures, and the partners', async () => {
		const staff = await env.ctxAs('sekretariat');
		expect(await errorsOf(startReachImport(staff, csv('Dato;Følgere\n')))).toEqual({
			file: 'csv_error_no_rows'
		});
		expect(await errorsOf(startReachImport(staff, csv('%PDF-1.4\u0000\u0000binary\n1\n')))).toEqual(
			{ file: 'csv_error_not_csv' }
		);
		const draft = await startReachImport(
			staff,
			csv('date,followers\n2026-05-01,100\n2026-05-01,120\n', 'export.csv')
		);
		const preview = await getReachImport(staff, { id: draft.id });
		expect(preview.draft.mapping.channel).toBeNull();
		// No channel column and none chosen: every row says so, and the second repeats the first.
		expect(preview.bad).toBe(2);
		const mapped = await mapReachImport(staff, {
			id: draft.id,
			version: preview.draft.version,
			on: '0',
			followers: '1',
			defaultChannel: 'linkedin'
		});
		const again = await getReachImport(staff, { id: mapped.id });
		expect(again.problems.map((p) => p.errors)).toEqual([[{ field: 'duplicate', value: '2' }]]);
		expect(
			await errorsOf(
				recordReach(staff, { on: '2026-05-01', channel: 'facebook', followers: '', reach: '' })
			)
		).toEqual({ followers: 'reach_error_empty' });
		expect(
			await errorsOf(recordReach(staff, { on: '2026-05-01', channel: 'facebook', followers: '-4' }))
		).toMatchObject({ followers: 'reach_error_count' });
		await expect(
			recordReach(await env.ctxAs('levanger'), {
				on: '2026-05-01',
				channel: 'facebook',
				followers: '1'
			})
		).rejects.toBeInstanceOf(ForbiddenError);
	});
});
