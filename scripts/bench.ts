// Speed and memory: seeds a large programme into a fresh database, starts the built server, and
// loads a few routes with 32 connections for a fixed time, beside a bare node:http baseline that
// serves a byte-identical copy of /handlingsprogram. Measures; asserts nothing.
//   npm run build && npm run bench            (embedded database)
//   DATABASE_URL=postgres://… npm run bench   (PostgreSQL server, in a fresh database there)
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase } from '../src/lib/server/platform/db/client.ts';
import { applyMigrations } from '../src/lib/server/platform/db/migrate.ts';
import { seedLargeGovernance } from './bench/large-governance.ts';
import { seedLarge } from './bench/large.ts';
import { freePort, startServer } from './lib/server.ts';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const scale = {
	organisations: 60,
	actions: 2_000,
	updates: 100_000,
	hearings: 500,
	statements: 300
};
const governance = { bodies: 20, meetings: 1_000, cases: 10_000, snapshots: 200 };

if (!existsSync('build/index.js')) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}

const serverUrl = process.env.DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'samstemt-bench-'));
let benchUrl: string | undefined;
let dropDatabase = async () => {};
if (serverUrl) {
	const name = `samstemt_bench_${Date.now()}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	benchUrl = url.href;
	dropDatabase = async () => {
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	};
}

console.log(
	`Seeding ${scale.actions} action points, ${scale.organisations} organisations, ${scale.updates} progress updates, ${scale.hearings} hearings, ${scale.statements} statements, ${governance.bodies} bodies, ${governance.meetings} meetings, ${governance.cases} cases, ${governance.snapshots} status reports (${serverUrl ? 'PostgreSQL server' : 'embedded PGlite'}) …`
);
const started = performance.now();
const database = await openDatabase(benchUrl ? { url: benchUrl } : { dataDir });
await applyMigrations(database, { migrationsFolder: 'drizzle', url: benchUrl });
const { firstStatementId, programmeId } = await seedLarge(database.db, scale);
const { meetingId, reportMeetingId } = await seedLargeGovernance(
	database.db,
	governance,
	programmeId
);
await database.db.execute(sql`analyze`);
await database.close();
console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

const server = await startServer(
	benchUrl
		? { DATABASE_URL: benchUrl, SEED_DEMO: 'false', LOG_LEVEL: 'silent' }
		: { DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: 'false', LOG_LEVEL: 'silent' },
	{ quiet: true }
);
const pid = server.process.pid!;
const rssAfterStart = currentRssMb(pid);

// The baseline: the same bytes from a bare node:http server in its own process.
const html = await (await fetch(`${server.url}/handlingsprogram`)).text();
const baselinePort = await freePort();
const baseline = spawn(
	process.execPath,
	[
		'-e',
		`const body = Buffer.from(process.env.BODY, 'base64'); require('node:http').createServer((q, s) => { s.writeHead(200, { 'content-type': 'text/html', 'content-length': body.length }); s.end(body); }).listen(${baselinePort}, '127.0.0.1', () => console.log('up'));`
	],
	{
		env: { ...process.env, BODY: Buffer.from(html).toString('base64') },
		stdio: ['ignore', 'pipe', 'inherit']
	}
);
await new Promise((resolve) => baseline.stdout!.once('data', resolve));

// Each route is loaded with the same URL over and over, so after the first request the public
// response cache answers. The routes marked "uncached" add a query parameter that changes with
// every request: each one misses the cache and runs the page's queries. They run last, so the
// peak-RSS column shows first what serving from the cache costs, then what the queries add.
const routes: [string, string, boolean?][] = [
	['baseline (node:http, same HTML)', `http://127.0.0.1:${baselinePort}/handlingsprogram`],
	['/handlingsprogram', `${server.url}/handlingsprogram`],
	[
		'/handlingsprogram (filtered + search)',
		`${server.url}/handlingsprogram?theme=sykkel-gange&status=in_progress&q=sykkelveg&sort=due`
	],
	['/handlingsprogram/HA0016', `${server.url}/handlingsprogram/HA0016`],
	['/api/v1/actions', `${server.url}/api/v1/actions?limit=50`],
	['/horinger', `${server.url}/horinger`],
	['/horinger.ics', `${server.url}/horinger.ics`],
	['/uttalelser/<id> (60 positions)', `${server.url}/uttalelser/${firstStatementId}`],
	['/moter/<id> (10 cases, minutes)', `${server.url}/moter/${meetingId}`],
	[
		'/moter/<id>/status (2,000 points vs previous)',
		`${server.url}/moter/${reportMeetingId}/status`
	],
	['/handlingsprogram (uncached)', `${server.url}/handlingsprogram`, true],
	['/handlingsprogram/HA0016 (uncached)', `${server.url}/handlingsprogram/HA0016`, true],
	['/moter/<id> (uncached)', `${server.url}/moter/${meetingId}`, true],
	['/moter/<id>/status (uncached)', `${server.url}/moter/${reportMeetingId}/status`, true]
];

// autocannon puts a fresh id in place of `[<id>]` in every request. (Its `setupRequest` hook
// was used here before: with it, a few connections at the start of each run stalled for seconds
// in autocannon itself, while a plain node:http client saw no such stall on the same server.)
function loadOptions(url: string, uncached: boolean | undefined, duration: number) {
	return uncached
		? { url: `${url}?n=[<id>]`, idReplacement: true, connections: CONNECTIONS, duration }
		: { url, connections: CONNECTIONS, duration };
}

function currentRssMb(processId: number): number {
	const status = readFileSync(`/proc/${processId}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

function peakRssMb(processId: number): number {
	const status = readFileSync(`/proc/${processId}/status`, 'utf8');
	return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

const rows: {
	route: string;
	rps: number;
	p50: number;
	p99: number;
	errors: number;
	rss: number;
}[] = [];
for (const [route, url, uncached] of routes) {
	await autocannon(loadOptions(url, uncached, 2)); // warm-up
	const result = await autocannon(loadOptions(url, uncached, SECONDS));
	rows.push({
		route,
		rps: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.non2xx,
		rss: route.startsWith('baseline') ? 0 : peakRssMb(pid)
	});
}
const peak = peakRssMb(pid);
baseline.kill();
await server.stop();
await dropDatabase();
rmSync(dataDir, { recursive: true, force: true });

const base = rows[0].rps;
console.log(
	`\n${CONNECTIONS} connections, ${SECONDS} s per route, Node ${process.version}, ${serverUrl ? 'PostgreSQL server' : 'embedded PGlite'}\n`
);
console.log('| route | req/s | p50 ms | p99 ms | vs baseline | errors | peak RSS MB so far |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
	console.log(
		`| ${r.route} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${(r.rps / base).toFixed(3)} | ${r.errors} | ${r.rss ? r.rss.toFixed(0) : '–'} |`
	);
}
console.log(
	`\nRSS of the app server: ${rssAfterStart.toFixed(0)} MB after start, ${peak.toFixed(0)} MB at peak`
);
