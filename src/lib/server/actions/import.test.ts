import { eq } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, ValidationError } from '../core/errors.ts';
import { addCase, createMeeting } from '../governance/meetings.ts';
import { setCaseLinks } from '../governance/case-material.ts';
import { getMeeting } from '../governance/meetings.ts';
import { body } from '../governance/schema.ts';
import { organisation } from '../partners/schema.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { buildSheet, buildWorkbook, goodRows } from '../testing/workbook.ts';
import { recordProgress } from './commands.ts';
import { confirmImport, getImportPage, previewImport, settleImport } from './import.ts';
import { MAX_IMPORT_BYTES } from './import-sheet.ts';
import { getActionByCode, listActions } from './queries.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(async () => {
	await env.database.drop();
});

const file = (content: Uint8Array, name = 'program.xlsx') => ({ file: { name, content } });

/** A secretariat's own sheet: a title row, a note, a blank row, its own column names and words. */
const messy = () =>
	buildSheet(
		[
			[
				'Handlingsprogram for Innherredsbyen – revidert 2025',
				null,
				null,
				null,
				null,
				null,
				null,
				null
			],
			['Utkast til behandling i styringsgruppen', null, null, null, null, null, null, null],
			[],
			[
				'Nr.',
				'Handlingspunkt',
				'Temaområde',
				'Ansvarlig aktør',
				'Involverte',
				'Tidsperspektiv',
				'Status',
				'Frist'
			],
			[
				'ha 16',
				'Posisjonere Innherredsbyen for byvekstavtale',
				'Finansiering og avtaler',
				'Steinkjer',
				'Verdal og Levanger / Frosta',
				'Lang sikt',
				'Under arbeid',
				'2. halvår 2025'
			],
			[
				'HA27',
				'Felles sykkelstrategi for Innherredsbyen',
				'Sykkel og gange',
				'Levanger kommune',
				'Kommunene',
				'Kort sikt',
				'Ferdig',
				'30.6.26'
			],
			[
				'Ha 40',
				'Ladeinfrastruktur ved knutepunktene',
				'Romfart',
				'Innherred Renovasjon',
				'Statens vegvesen; AtB',
				'Mellomlang',
				'Ikke påbegynt',
				'Løpende'
			],
			[
				'HA41',
				'Felles parkeringspolitikk',
				'Areal og stedsutvikling',
				'Verdal',
				'',
				'',
				'',
				'juni 2027'
			]
		],
		['A1:H1']
	);

describe('importing a spreadsheet as people keep it', () => {
	let draftId: string;

	it('finds the header row below title rows and maps the columns by the names people use', async () => {
		const ctx = await env.ctxAs('sekretariat');
		({ draftId } = await previewImport(ctx, file(await messy(), 'revidert.xlsx')));
		const { preview } = await getImportPage(ctx, { utkast: draftId });
		expect(preview!.headerRow).toBe(4);
		expect(preview!.columns.map((c) => c.field)).toEqual([
			'code',
			'title',
			'theme',
			'lead',
			'participants',
			'horizon',
			'status',
			'due'
		]);
		const rows = preview!.rows;
		expect(rows.map((r) => r.code)).toEqual(['HA16', 'HA27', 'HA40', 'HA41']);
		expect(rows[0]).toMatchObject({
			horizon: 'long',
			status: 'in_progress',
			dueDate: '2025-12-31'
		});
		expect(rows[0].notes.map((n) => n.key)).toContain('import_note_period_end');
		expect(rows[0].participantIds).toHaveLength(3);
		// "Kommunene" is the six municipalities, less the lead.
		expect(rows[1]).toMatchObject({ status: 'done', dueDate: '2026-06-30' });
		expect(rows[1].participantIds).toHaveLength(5);
		expect(rows[2].dueDate).toBeNull();
		expect(rows[2].notes.map((n) => n.key)).toContain('import_note_no_date');
		expect(rows[3].dueDate).toBe('2027-06-30');
		// What matched nothing is named with row, column, value and what would do.
		expect(preview!.unknownThemes).toEqual(['Romfart']);
		expect(preview!.unknownOrganisations).toEqual(['Innherred Renovasjon']);
		const problem = rows[2].problems.find((p) => p.key === 'import_problem_unknown_theme')!;
		expect(problem.params).toMatchObject({ row: '7', column: 'C «Temaområde»', value: 'Romfart' });
		expect(problem.params!.accepted).toContain('Sykkel og gange');
		expect(preview!.problemCount).toBe(2);
	});

	it('settles unknown names in the preview, then updates the programme by code and keeps history', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const before = await getActionByCode(ctx, { code: 'HA16' });
		await recordProgress(ctx, {
			code: 'HA16',
			text: 'Før importen',
			status: 'in_progress',
			progress: '30'
		});
		const settle = {
			draftId,
			mode: 'update',
			'theme.Romfart': 'new',
			'organisation.Innherred Renovasjon': 'external',
			'missing.HA01': 'stop'
		};
		await settleImport(ctx, settle);
		const { preview } = await getImportPage(ctx, { utkast: draftId });
		expect(preview!.problemCount).toBe(0);
		expect(preview!.missing.length).toBe(31);
		const { result } = await confirmImport(ctx, settle);
		expect(result.updated.sort()).toEqual(['HA16', 'HA27']);
		expect(result.added.sort()).toEqual(['HA40', 'HA41']);
		expect(result.stopped).toEqual(['HA01']);
		expect(result.newThemes).toEqual(['Romfart']);
		expect(result.newOrganisations).toEqual(['Innherred Renovasjon']);
		const after = await getActionByCode(ctx, { code: 'HA16' });
		expect(after.action.id).toBe(before.action.id);
		expect(after.action.title).toBe('Posisjonere Innherredsbyen for byvekstavtale');
		expect(after.updates.map((u) => u.text)).toContain('Før importen');
		const [renovasjon] = await env.db
			.select()
			.from(organisation)
			.where(eq(organisation.name, 'Innherred Renovasjon'));
		expect(renovasjon.membership).toBe('external');
		expect((await getActionByCode(ctx, { code: 'HA40' })).lead.name).toBe('Innherred Renovasjon');
		expect((await getActionByCode(ctx, { code: 'HA01' })).action.status).toBe('stopped');
		// The result page says what was done.
		expect((await getImportPage(ctx, { utkast: draftId })).preview!.result?.added).toHaveLength(2);
	});

	it('recognises a file imported before and asks before importing it again', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const again = await previewImport(ctx, file(await messy(), 'kopi.xlsx'));
		const { preview } = await getImportPage(ctx, { utkast: again.draftId });
		expect(preview!.previousImport?.fileName).toBe('revidert.xlsx');
		const refused = await confirmImport(ctx, { draftId: again.draftId, mode: 'update' }).catch(
			(e: unknown) => e
		);
		expect((refused as ValidationError).fields).toEqual({ again: 'import_error_same_file' });
		const { result } = await confirmImport(ctx, {
			draftId: again.draftId,
			mode: 'update',
			again: 'on'
		});
		expect(result.unchanged.sort()).toEqual(['HA16', 'HA27', 'HA40', 'HA41']);
	});

	it('remembers how a column was mapped for the next import', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const sheet = await buildSheet([
			['Nr.', 'Handlingspunkt', 'Ansvar', 'Område'],
			['HA50', 'Nytt punkt', 'Steinkjer', 'Jernbane']
		]);
		const first = await previewImport(ctx, file(sheet));
		const columns = (await getImportPage(ctx, { utkast: first.draftId })).preview!.columns;
		expect(columns.map((c) => c.field)).toEqual(['code', 'title', 'lead', 'theme']);
		await settleImport(ctx, { draftId: first.draftId, mode: 'update', 'column.3': 'ignore' });
		const second = await previewImport(ctx, file(sheet, 'igjen.xlsx'));
		const remembered = (await getImportPage(ctx, { utkast: second.draftId })).preview!.columns;
		expect(remembered[3].field).toBe('ignore');
	});
});

describe('a revision', () => {
	it('starts a new programme that carries HA16 over with its history, and keeps the old one readable', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const old = await getActionByCode(ctx, { code: 'HA16' });
		const [council] = await env.db.select().from(body).where(eq(body.slug, 'representantskapet'));
		const meeting = await createMeeting(ctx, {
			bodyId: String(council.id),
			date: '2025-03-03',
			time: '10:00'
		});
		const kase = await addCase(ctx, {
			id: meeting.id,
			title: 'Byvekstavtale',
			type: 'orientering'
		});
		await setCaseLinks(ctx, { caseId: kase.id, actionCodes: 'HA16' });

		const rows = [
			['HA16', ...goodRows[0].slice(1)],
			['HA60', ...goodRows[1].slice(1)]
		];
		const { draftId } = await previewImport(ctx, file(await buildWorkbook(rows)));
		const { result, programmeId } = await confirmImport(ctx, {
			draftId,
			mode: 'revision',
			title: 'Handlingsprogram 2025–2028',
			periodStart: '2025',
			periodEnd: '2028'
		});
		expect(result.updated).toEqual(['HA16']);
		expect(result.added).toEqual(['HA60']);
		expect(result.ended).toContain('HA27');
		const list = await listActions(ctx, {});
		expect(list.programme.id).toBe(programmeId);
		expect(list.items.map((i) => i.code)).toEqual(['HA16', 'HA60']);
		// HA16 now: its journal reads on from the programme before.
		const now = await getActionByCode(ctx, { code: 'HA16' });
		expect(now.action.previousId).toBe(old.action.id);
		expect(now.earlier[0].programme.slug).toBe('2021-2024');
		expect(now.earlier[0].updates.map((u) => u.text)).toContain('Før importen');
		// The archived programme stays readable at its address, as it was.
		const archived = await getActionByCode(ctx, { code: 'HA16', periode: '2021-2024' });
		expect(archived.action.id).toBe(old.action.id);
		expect((await listActions(ctx, { periode: '2021-2024' })).total).toBeGreaterThan(30);
		// The case of 2025 keeps pointing at the HA16 it meant.
		const inside = await getMeeting(ctx, { id: meeting.id });
		expect(inside.cases[0].links[0].href).toBe('/handlingsprogram/2021-2024/HA16');
	});
});

describe('a file that cannot be imported', () => {
	it('is refused early with a message: not XLSX, empty, no headers, too large, a zip bomb', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const bomb = zipSync(
			{
				'[Content_Types].xml': strToU8('<Types/>'),
				'xl/worksheets/sheet1.xml': strToU8('<a>'.padEnd(45 * 1024 * 1024, 'x'))
			},
			{ level: 9 }
		);
		expect(bomb.byteLength).toBeLessThan(MAX_IMPORT_BYTES);
		const cases: [Uint8Array, string][] = [
			[new TextEncoder().encode('Kode;Tittel\nHA01;Test'), 'import_error_not_xlsx'],
			[new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'import_error_not_xlsx'],
			[new Uint8Array(), 'import_error_empty'],
			[await buildSheet([]), 'import_error_empty'],
			[
				await buildSheet([
					['Noe', 'Annet'],
					['a', 'b']
				]),
				'import_error_headers'
			],
			[new Uint8Array(MAX_IMPORT_BYTES + 1), 'import_error_too_large'],
			[bomb, 'import_error_inflated_too_large']
		];
		for (const [bytes, key] of cases) {
			const error = await previewImport(ctx, file(bytes)).catch((e: unknown) => e);
			expect(error, key).toBeInstanceOf(ValidationError);
			expect((error as ValidationError).fields.file).toBe(key);
		}
	});

	it('is for the secretariat and admins only', async () => {
		const bytes = await buildWorkbook(goodRows);
		for (const who of ['levanger', 'leser'])
			await expect(previewImport(await env.ctxAs(who), file(bytes))).rejects.toBeInstanceOf(
				ForbiddenError
			);
	});
});
