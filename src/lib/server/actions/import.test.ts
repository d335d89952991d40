import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionFilter } from '../../schemas/action.ts';
import { listAuditTrail } from '../core/audit.ts';
import { ForbiddenError, ValidationError } from '../core/errors.ts';
import { buildWorkbook, goodRows } from '../testing/workbook.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { confirmImport, getImportPage, previewImport } from './import.ts';
import { MAX_IMPORT_BYTES } from './import-parse.ts';
import { getActionByCode, listActions } from './queries.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(async () => {
	await env.database.drop();
});

const meta = { title: 'Handlingsprogram 2025–2028', periodStart: '2025', periodEnd: '2028' };

describe('importing an action programme', () => {
	it('previews a bad file with every problem per row and refuses to import it', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const bytes = await buildWorkbook([
			['HA01', 'Gyldig rad', '', 'Jernbane', 'Verdal', '', '', '', '', '', ''],
			[
				'HA02',
				'Ukjent partner',
				'',
				'Jernbane',
				'Oslo kommune',
				'Verdal, Narvik',
				'',
				'',
				'',
				'',
				''
			],
			['HA03', 'Ukjent tema', '', 'Romfart', 'Verdal', '', '', '', '', '', ''],
			['HA01', 'Dobbel kode', '', 'Jernbane', 'Verdal', '', '', '', '', '', ''],
			['HA05', '', '', 'Jernbane', 'Verdal', '', '', '', '', '', ''],
			['HA06', 'Dårlig dato', '', 'Jernbane', 'Verdal', '', '', '', '', '', '31.02.2026'],
			['HA07', 'Dårlige verdier', '', 'Jernbane', 'Verdal', '', '9', 'snart', 'ferdig', '150', ''],
			['', 'Mangler kode', '', 'Jernbane', 'Verdal', '', '', '', '', '', '']
		]);
		const preview = await previewImport(ctx, { file: { name: 'feil.xlsx', content: bytes } });
		const keys = (row: number) =>
			preview.rows.find((r) => r.row === row)!.problems.map((p) => p.key);
		expect(keys(2)).toEqual([]);
		expect(keys(3)).toEqual(['import_problem_unknown_partner', 'import_problem_unknown_partner']);
		expect(preview.rows[1].problems.map((p) => p.params?.value)).toEqual([
			'Oslo kommune',
			'Narvik'
		]);
		expect(keys(4)).toEqual(['import_problem_unknown_theme']);
		expect(keys(5)).toEqual(['import_problem_duplicate_code']);
		expect(keys(6)).toEqual(['import_problem_missing_title']);
		expect(keys(7)).toEqual(['import_problem_bad_date']);
		expect(keys(8)).toEqual([
			'import_problem_unknown_goal',
			'import_problem_bad_horizon',
			'import_problem_bad_status',
			'import_problem_bad_progress'
		]);
		expect(keys(9)).toEqual(['import_problem_missing_code']);
		const attempt = confirmImport(ctx, { ...meta, draftId: preview.draftId });
		await expect(attempt).rejects.toBeInstanceOf(ValidationError);
		expect((await listActions(ctx, actionFilter.parse({}))).programme.title).toBe(
			'Handlingsprogram 2021–2024'
		);
	});

	it('refuses what is not an XLSX file, an empty sheet, a sheet without headers and a file over 5 MB', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const cases: [Uint8Array, string][] = [
			[new TextEncoder().encode('Kode;Tittel\nHA01;Test'), 'import_error_not_xlsx'],
			[new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'import_error_not_xlsx'],
			[await buildWorkbook([]), 'import_error_empty'],
			[await buildWorkbook([['a', 'b']], ['Noe', 'Annet']), 'import_error_headers'],
			[new Uint8Array(MAX_IMPORT_BYTES + 1), 'import_error_too_large']
		];
		for (const [bytes, key] of cases) {
			const error = await previewImport(ctx, { file: { name: 'x.xlsx', content: bytes } }).catch(
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(ValidationError);
			expect((error as ValidationError).fields.file).toBe(key);
		}
	});

	it('is for the secretariat and admins only', async () => {
		const bytes = await buildWorkbook(goodRows);
		await expect(
			previewImport(await env.ctxAs('levanger'), { file: { name: 'a.xlsx', content: bytes } })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			previewImport(await env.ctxAs('leser'), { file: { name: 'a.xlsx', content: bytes } })
		).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('imports a good file as the new current programme, matching partners loosely, and archives the old one', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const preview = await previewImport(ctx, {
			file: { name: 'program.xlsx', content: await buildWorkbook(goodRows) }
		});
		expect(preview.problemCount).toBe(0);
		expect(preview.rows.map((r) => r.leadName)).toEqual([
			'Levanger',
			'Trøndelag fylke',
			'Steinkjer'
		]);
		const result = await confirmImport(ctx, { ...meta, draftId: preview.draftId });
		expect(result.count).toBe(3);
		const list = await listActions(ctx, actionFilter.parse({}));
		expect(list.programme.title).toBe('Handlingsprogram 2025–2028');
		expect(list.items.map((i) => i.code)).toEqual(['HA01', 'HA02', 'HA03']);
		const ha01 = await getActionByCode(ctx, { code: 'HA01' });
		expect(ha01.participants.map((p) => p.slug).sort()).toEqual([
			'trondelag-fylkeskommune',
			'verdal'
		]);
		expect(ha01.goals.map((g) => g.number)).toEqual([1, 5]);
		expect(ha01.action).toMatchObject({
			status: 'in_progress',
			progress: 40,
			horizon: 'short',
			dueDate: '2025-06-30'
		});
		expect((await getActionByCode(ctx, { code: 'HA02' })).action.dueDate).toBe('2026-12-31');
		const trail = await listAuditTrail(
			await env.ctxAs('admin'),
			'action_programme',
			result.programme.id
		);
		expect(trail[0].kind).toBe('import');
		// A draft is used once.
		await expect(getImportPage(ctx, { utkast: preview.draftId })).rejects.toThrow();
		await expect(confirmImport(ctx, { ...meta, draftId: preview.draftId })).rejects.toThrow();
	});

	it('names bad programme details', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const error = (await confirmImport(ctx, {
			title: 'x',
			periodStart: '2030',
			periodEnd: '2020',
			draftId: crypto.randomUUID()
		}).catch((e: unknown) => e)) as ValidationError;
		expect(error.fields).toEqual({ title: 'error_title_short', periodEnd: 'error_period' });
		const noDraft = (await confirmImport(ctx, { ...meta, draftId: 'nope' }).catch(
			(e: unknown) => e
		)) as ValidationError;
		expect(noDraft.fields).toEqual({ draftId: 'import_error_draft' });
	});
});
