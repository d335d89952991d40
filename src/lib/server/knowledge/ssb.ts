// The scheduled import from Statistics Norway's PxWebApi v2, when a setting allows it: each
// indicator with an SSB table is asked for its municipalities' last ten years, within the API's
// limits (30 queries a minute, 800,000 cells a query), and each run is recorded.
import { isNotNull } from 'drizzle-orm';
import type { Db } from '../platform/db/client.ts';
import { writeFigures } from './commands.ts';
import { cellsOf, readJsonStat, SSB_LIMITS, SSB_PROFILES, ssbDataUrl } from './jsonstat.ts';
import { indicator, indicatorImport } from './schema.ts';

export interface SsbOptions {
	baseUrl: string;
	fetch?: typeof fetch;
	/** Waits between queries; the tests pass one that does not wait. */
	pause?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Imports every SSB-backed indicator once; returns each run's outcome. */
export async function runSsbImports(db: Db, options: SsbOptions) {
	const get = options.fetch ?? fetch;
	const pause = options.pause ?? sleep;
	const gap = Math.ceil(60_000 / SSB_LIMITS.queriesPerMinute);
	const indicators = await db
		.select({ id: indicator.id, table: indicator.ssbTable })
		.from(indicator)
		.where(isNotNull(indicator.ssbTable));
	const runs: { indicatorId: number; status: 'ok' | 'failed'; rows: number; message: string }[] =
		[];
	let queries = 0;
	for (const { id, table } of indicators) {
		if (!table || !SSB_PROFILES[table]) continue;
		const started = new Date();
		let outcome: (typeof runs)[number];
		try {
			if (cellsOf(table) > SSB_LIMITS.cellsPerQuery)
				throw new Error(`the query would ask for ${cellsOf(table)} cells`);
			if (queries++) await pause(gap);
			const response = await get(ssbDataUrl(options.baseUrl, table), {
				headers: { accept: 'application/json' },
				signal: AbortSignal.timeout(60_000)
			});
			if (!response.ok) throw new Error(`SSB answered ${response.status}`);
			const figures = readJsonStat(new Uint8Array(await response.arrayBuffer()), table);
			const result = await writeFigures(
				db,
				id,
				figures.map((f) => ({ ...f, source: `SSB, tabell ${table}` }))
			);
			outcome = {
				indicatorId: id,
				status: 'ok',
				rows: figures.length,
				message: `${result.added} nye, ${result.changed} oppdatert`
			};
		} catch (error) {
			outcome = {
				indicatorId: id,
				status: 'failed',
				rows: 0,
				message: String(error).slice(0, 500)
			};
		}
		await db.insert(indicatorImport).values({
			indicatorId: id,
			kind: 'ssb_api',
			status: outcome.status,
			rows: outcome.rows,
			queries: 1,
			message: outcome.message,
			startedAt: started,
			finishedAt: new Date()
		});
		runs.push(outcome);
	}
	return runs;
}
