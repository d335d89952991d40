import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodLabel, periodStart } from '../../periods.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../core/errors.ts';
import { createSeededDatabase } from '../testing/database.ts';
import {
	addIndicatorTarget,
	confirmIndicatorImport,
	createIndicator,
	mapIndicatorImport,
	recordIndicatorValue,
	startIndicatorImport
} from './commands.ts';
import { cellsOf, readJsonStat, SSB_LIMITS, ssbDataUrl } from './jsonstat.ts';
import { getIndicatorFile, getIndicatorPage, getKnowledgePage } from './public.ts';
import { getIndicatorImport } from './queries.ts';
import { indicator, indicatorImport, indicatorValue } from './schema.ts';
import { runSsbImports } from './ssb.ts';
import { assessTarget } from './targets.ts';

const fixtures = resolve(import.meta.dirname, '../../../../tests/fixtures/ssb');
const fixture = (table: string) => readFileSync(resolve(fixtures, `${table}.json`), 'utf8');
const file = (name: string, text: string) => ({
	name,
	type: 'application/octet-stream',
	content: new TextEncoder().encode(text)
});

let env: Awaited<ReturnType<typeof createSeededDatabase>>;

async function errorsOf(work: Promise<unknown>): Promise<Record<string, string>> {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fields;
}

const base = {
	name: 'Befolkning i testen',
	description: '',
	unit: 'personer',
	source: 'SSB, tabell 07459',
	licence: 'CC BY 4.0',
	geography: 'municipality',
	resolution: 'year',
	direction: 'up',
	chart: 'line',
	ssbTable: '07459',
	isPublic: 'on',
	featureOrder: '',
	goalIds: [''],
	actionCodes: ''
};

beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(() => env.database.drop());

describe('periods', () => {
	it('reads the periods Statistics Norway and surveys use, and refuses the rest', () => {
		expect(['2023', '2023K4', '2024M05', '2019-09', '2019-09-15'].map(periodStart)).toEqual([
			'2023-01-01',
			'2023-10-01',
			'2024-05-01',
			'2019-09-01',
			'2019-09-15'
		]);
		expect(['2023K5', '2024M13', '2019-02-30', 'x', '1700'].map(periodStart)).toEqual([
			null,
			null,
			null,
			null,
			null
		]);
		expect(periodLabel('2023K4')).toBe('4. kvartal 2023');
		expect(periodLabel('2019-09')).toBe('september 2019');
	});
});

describe('indicators', () => {
	it('import a JSON-stat file from Statistics Norway with a preview, all or nothing, and show it as chart and table', async () => {
		const staff = await env.ctxAs('sekretariat');
		const created = await createIndicator(staff, base);
		const upload = await startIndicatorImport(staff, {
			id: String(created.id),
			file: file('07459.json', fixture('07459'))
		});
		const preview = await getIndicatorImport(staff, {
			id: String(created.id),
			draftId: String(upload.draftId)
		});
		expect([preview.total, preview.bad]).toEqual([18, 0]);
		expect(preview.preview[0]).toMatchObject({
			period: '2022',
			place: '5006',
			placeName: 'Steinkjer'
		});
		const done = await confirmIndicatorImport(staff, {
			id: String(created.id),
			draftId: String(upload.draftId),
			version: String(preview.draft.version)
		});
		expect(done).toMatchObject({ added: 18, changed: 0 });
		const anonymous = await env.ctxAs(null);
		const page = await getIndicatorPage(anonymous, { slug: created.slug });
		expect(page.table.columns).toContain('Levanger');
		expect(page.table.rows.map((r) => r.label)).toEqual(['2022', '2023', '2024']);
		expect(page.summary).toMatch(/Levanger: 20\s810 personer i 2024, \+1,7\s% siden 2022/);
		const svg = await getIndicatorFile(anonymous, { slug: created.slug, file: 'graf.svg' });
		expect(svg.contentType).toBe('image/svg+xml');
		expect(String(svg.body)).toContain('Befolkning i testen');
		const png = await getIndicatorFile(anonymous, { slug: created.slug, file: 'graf.png' });
		expect((await sharp(png.body as Uint8Array).metadata()).format).toBe('png');
		const csv = String(
			(await getIndicatorFile(anonymous, { slug: created.slug, file: 'data.csv' })).body
		);
		expect(csv.split('\n')[1]).toBe(
			'2022,5006,Steinkjer,,24397,SSB, tabell 07459'.replace(
				'SSB, tabell 07459',
				'"SSB, tabell 07459"'
			)
		);
		const [run] = await env.db
			.select()
			.from(indicatorImport)
			.where(eq(indicatorImport.indicatorId, created.id));
		expect(run).toMatchObject({ kind: 'jsonstat', status: 'ok', rows: 18 });

		// The commuting table reads as pairs, from where people live to where they work.
		const commuting = readJsonStat(fixture('03321'), '03321');
		expect(commuting.find((f) => f.place === '5038>5037')).toMatchObject({
			placeName: 'Verdal → Levanger',
			value: 1_334
		});
		expect(commuting.some((f) => f.place === '5037>5037')).toBe(false);
	});

	it('refuse a file that is not JSON-stat, has other dimensions or regions outside the partnership, and bad CSV rows', async () => {
		const staff = await env.ctxAs('sekretariat');
		const created = await createIndicator(staff, { ...base, name: 'Befolkning, feil filer' });
		const id = String(created.id);
		const json = JSON.parse(fixture('07459'));
		const upload = (text: string, name = 'fil.json') =>
			startIndicatorImport(staff, { id, file: file(name, text) });
		expect(await errorsOf(upload('{"name": "ikke JSON-stat"}'))).toEqual({
			file: 'jsonstat_error_not_jsonstat'
		});
		expect(await errorsOf(upload('{ ikke json'))).toEqual({ file: 'jsonstat_error_not_jsonstat' });
		const renamed = structuredClone(json);
		renamed.id[0] = 'Kommune';
		renamed.dimension.Kommune = renamed.dimension.Region;
		delete renamed.dimension.Region;
		expect(await errorsOf(upload(JSON.stringify(renamed)))).toEqual({
			file: 'jsonstat_error_dimensions'
		});
		const outside = structuredClone(json);
		outside.dimension.Region.category.index = {
			'0301': 0,
			'5036': 1,
			'5037': 2,
			'5038': 3,
			'5041': 4,
			'5053': 5
		};
		outside.dimension.Region.category.label = { '0301': 'Oslo' };
		expect(await errorsOf(upload(JSON.stringify(outside)))).toEqual({
			file: 'jsonstat_error_regions'
		});
		const plain = await createIndicator(staff, { ...base, name: 'Uten tabell', ssbTable: '' });
		expect(
			await errorsOf(
				startIndicatorImport(staff, {
					id: String(plain.id),
					file: file('a.json', fixture('07459'))
				})
			)
		).toEqual({ file: 'jsonstat_error_table' });

		// CSV: text in the number column, a period twice, a place outside the partnership.
		const csv = await upload(
			'Periode;Kommunenr;Antall\n2023;5037;20 600\n2023;5037;20 700\n2024;5038;mange\n2024;0301;700 000\n',
			'tall.csv'
		);
		const preview = await getIndicatorImport(staff, { id, draftId: String(csv.draftId) });
		expect(preview.draft.mapping).toMatchObject({ period: 0, place: 1, value: 2 });
		expect(preview.problems.map((p) => [p.line, p.errors[0].field])).toEqual([
			[3, 'duplicate'],
			[4, 'value'],
			[5, 'place']
		]);
		expect(
			await errorsOf(
				confirmIndicatorImport(staff, {
					id,
					draftId: String(csv.draftId),
					version: String(preview.draft.version)
				})
			)
		).toEqual({ _form: 'indicator_error_rows' });
		expect(
			await env.db.select().from(indicatorValue).where(eq(indicatorValue.indicatorId, created.id))
		).toEqual([]);
		// Mapped without the bad value column the rows still cannot be read: nothing is written.
		const mapped = await mapIndicatorImport(staff, {
			id,
			draftId: String(csv.draftId),
			version: String(preview.draft.version),
			period: '0',
			place: '1',
			value: ''
		});
		expect(mapped.mapping.value).toBeNull();

		// Values and targets typed in are checked too.
		expect(
			await errorsOf(
				recordIndicatorValue(staff, { id, period: '2023K7', place: '5037', value: '1,5' })
			)
		).toEqual({ period: 'indicator_error_period' });
		expect(
			await errorsOf(
				recordIndicatorValue(staff, { id, period: '2023', place: '5037', value: 'mye' })
			)
		).toEqual({ value: 'indicator_error_number' });
		expect(
			await errorsOf(
				addIndicatorTarget(staff, {
					id,
					place: '5037',
					kind: 'change',
					value: '0',
					basePeriod: '2030',
					dueOn: '2025-12-31'
				})
			)
		).toEqual({ dueOn: 'indicator_error_target_order' });
		await expect(createIndicator(await env.ctxAs('levanger'), base)).rejects.toBeInstanceOf(
			ForbiddenError
		);
	});

	it('assess targets: a level, and zero growth against a base year, and say when a figure is too old', () => {
		const values = [
			{ period: '2019', periodStart: '2019-01-01', place: 'e6', series: '', value: 14_800 },
			{ period: '2024', periodStart: '2024-01-01', place: 'e6', series: '', value: 15_400 }
		];
		const zero = { place: 'e6', series: '', kind: 'change', value: 0, basePeriod: '2019' };
		const assessed = assessTarget(zero, values, 'down', '2026-06-01');
		expect(assessed.change).toBeCloseTo(4.05, 1);
		expect([assessed.met, assessed.recent]).toEqual([false, true]);
		expect(assessTarget(zero, values, 'down', '2030-06-01').recent).toBe(false);
		const level = { place: 'e6', series: '', kind: 'level', value: 16_000, basePeriod: null };
		expect(assessTarget(level, values, 'down', '2026-06-01').met).toBe(true);
		expect(assessTarget({ ...level, place: 'x' }, values, 'down', '2026-06-01').met).toBeNull();
	});

	it('import from the API on schedule within its limits, record each run, and keep internal indicators out of public', async () => {
		expect(ssbDataUrl('https://data.ssb.no', '07459')).toBe(
			'https://data.ssb.no/api/pxwebapi/v2/tables/07459/data?valueCodes[Region]=5006,5036,5037,5038,5041,5053&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=top(10)&outputFormat=json-stat2'
		);
		expect(cellsOf('03321')).toBeLessThanOrEqual(SSB_LIMITS.cellsPerQuery);
		const asked: string[] = [];
		const server = createServer((request, response) => {
			asked.push(request.url ?? '');
			const table = /tables\/(\d+)\//.exec(request.url ?? '')?.[1] ?? '';
			if (table === '07459') {
				response.writeHead(200, { 'content-type': 'application/json' });
				response.end(fixture('07459'));
			} else {
				response.writeHead(503);
				response.end();
			}
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		try {
			const port = (server.address() as { port: number }).port;
			const pauses: number[] = [];
			const runs = await runSsbImports(env.db, {
				baseUrl: `http://127.0.0.1:${port}`,
				pause: async (ms) => void pauses.push(ms)
			});
			const population = runs.filter((r) => r.status === 'ok');
			expect(population.length).toBeGreaterThan(0);
			expect(runs.some((r) => r.status === 'failed' && r.message.includes('503'))).toBe(true);
			// Queries are spaced to stay within 30 a minute.
			expect(pauses.every((ms) => ms >= 60_000 / SSB_LIMITS.queriesPerMinute)).toBe(true);
			expect(asked.every((url) => url.includes('outputFormat=json-stat2'))).toBe(true);
			const recorded = await env.db
				.select()
				.from(indicatorImport)
				.where(eq(indicatorImport.kind, 'ssb_api'));
			expect(recorded.length).toBe(runs.length);
		} finally {
			server.close();
		}

		const staff = await env.ctxAs('sekretariat');
		const hidden = await createIndicator(staff, {
			...base,
			name: 'Intern indikator',
			isPublic: ''
		});
		const anonymous = await env.ctxAs(null);
		expect((await getKnowledgePage(anonymous)).indicators.map((i) => i.id)).not.toContain(
			hidden.id
		);
		await expect(getIndicatorPage(anonymous, { slug: hidden.slug })).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(
			getIndicatorFile(anonymous, { slug: hidden.slug, file: 'data.csv' })
		).rejects.toBeInstanceOf(NotFoundError);
		// The demo holds the real figures, and marks the rest as examples.
		const [rail] = await env.db
			.select()
			.from(indicator)
			.where(eq(indicator.slug, 'tronderbanen-reiser'));
		const railValues = await env.db
			.select()
			.from(indicatorValue)
			.where(eq(indicatorValue.indicatorId, rail.id));
		expect(railValues.map((v) => [v.period, v.value, v.isExample]).sort()).toEqual([
			['2012', 974_000, false],
			['2019', 1_455_000, false]
		]);
	});
});
