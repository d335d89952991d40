// Speed and memory: seeds a large programme into a fresh database, starts the built server, and
// loads a few routes with 32 connections for a fixed time, beside a bare node:http baseline that
// serves a byte-identical copy of /handlingsprogram: public pages from the cache and past it, the
// pages people work in with a logged-in session, and one write. Measures; asserts nothing.
//   npm run build && npm run bench            (embedded database)
//   DATABASE_URL=postgres://… npm run bench   (PostgreSQL server, in a fresh database there)
//   BENCH_ONLY=arbeidsrom npm run bench       (the baseline and the routes whose name holds it)
//   BENCH_PROFILE=dir npm run bench           (the server writes a V8 CPU profile to dir on exit)
//   BENCH_KEEP=1 npm run bench                (keeps the seeded database, and says where, to study)
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from 'better-auth/crypto';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { action } from '../src/lib/server/actions/schema.ts';
import { openDatabase } from '../src/lib/server/platform/db/client.ts';
import { applyMigrations } from '../src/lib/server/platform/db/migrate.ts';
import { createUserWithPassword } from '../src/lib/server/users/commands.ts';
import { seedLargeGovernance } from './bench/large-governance.ts';
import { seedLargeRelations } from './bench/large-relations.ts';
import { seedLarge } from './bench/large.ts';
import { seedLargeCommunication } from './bench/large-communication.ts';
import { seedLargeKnowledge } from './bench/large-knowledge.ts';
import { drainDigests, queueDigest } from '../src/lib/server/newsletter/digest.ts';
import { createMailer, readMailSettings } from '../src/lib/server/platform/mail.ts';
import { startTestSmtp } from '../src/lib/server/testing/smtp.ts';
import { freePort, startServer } from './lib/server.ts';
import { rebuildSearch } from '../src/lib/server/search/indexer.ts';
import { searchEntry } from '../src/lib/server/search/schema.ts';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ONLY = process.env.BENCH_ONLY;
const PROFILE_DIR = process.env.BENCH_PROFILE;
const KEEP = process.env.BENCH_KEEP === '1';
const scale = {
	organisations: 60,
	actions: 2_000,
	updates: 100_000,
	hearings: 500,
	statements: 300
};
const governance = { bodies: 20, meetings: 1_000, cases: 10_000, snapshots: 200 };
const relations = {
	commitments: 5_000,
	engagements: 2_000,
	inquiries: 5_000,
	measures: 4_000,
	matters: 50,
	linksPerMatter: 200,
	demandsPerStatement: 5
};
const communication = { posts: 5_000, questions: 10_000, subscribers: 20_000 };
/** 50 indicators × 34 years × 6 municipalities: 10,200 figures. */
const knowledge = { indicators: 50, years: 34 };

if (!existsSync('build/index.js')) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}

const serverUrl = process.env.DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'samstemt-bench-'));
let benchUrl: string | undefined;
/** Drops the bench's database on the server, unless it is kept, and closes the connection. */
let closeServerDatabase = async () => {};
if (serverUrl) {
	const name = `samstemt_bench_${Date.now()}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	benchUrl = url.href;
	closeServerDatabase = async () => {
		if (!KEEP) await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	};
}

console.log(
	`Seeding ${scale.actions} action points, ${scale.organisations} organisations, ${scale.updates} progress updates, ${scale.hearings} hearings, ${scale.statements} statements, ${governance.bodies} bodies, ${governance.meetings} meetings, ${governance.cases} cases, ${governance.snapshots} status reports, ${relations.commitments} commitments, ${relations.engagements} engagements, ${relations.inquiries} inquiries, ${relations.measures} measures, ${relations.matters} matters with ${relations.linksPerMatter} links each, ${communication.posts} news posts, ${communication.questions} questions, ${communication.subscribers} subscribers, ${knowledge.indicators} indicators with ${knowledge.indicators * knowledge.years * 6} figures (${serverUrl ? 'PostgreSQL server' : 'embedded PGlite'}) …`
);
const started = performance.now();
const database = await openDatabase(benchUrl ? { url: benchUrl } : { dataDir });
await applyMigrations(database, { migrationsFolder: 'drizzle', url: benchUrl });
const { firstCode, firstStatementId, programmeId } = await seedLarge(database.db, scale);
const { meetingId, reportMeetingId } = await seedLargeGovernance(
	database.db,
	governance,
	programmeId
);
const { matterSlug, measureCode } = await seedLargeRelations(database.db, relations, programmeId);
const { postSlug, digestMonth } = await seedLargeCommunication(database.db, communication);
const { indicatorSlug } = await seedLargeKnowledge(database.db, knowledge, programmeId);
// Two people to log in as: the secretariat, and a partner that leads the first action point.
const PASSWORD = 'ytelsestest-passord';
const passwordHash = await hashPassword(PASSWORD);
const [{ leadOrganisationId }] = await database.db
	.select({ leadOrganisationId: action.leadOrganisationId })
	.from(action)
	.where(eq(action.code, firstCode));
const people = {
	secretariat: { email: 'sekretariat@ytelsestest.example', role: 'secretariat' as const },
	partner: { email: 'partner@ytelsestest.example', role: 'partner' as const }
};
for (const [key, person] of Object.entries(people))
	await createUserWithPassword(database.db, {
		name: `Ytelsestest ${key}`,
		email: person.email,
		role: person.role,
		organisationId: person.role === 'partner' ? leadOrganisationId : null,
		passwordHash
	});
// The seed writes past the audit trail, so the search is built once over all of it.
const indexStarted = performance.now();
await rebuildSearch(database.db);
const [{ entries }] = await database.db
	.select({ entries: sql<number>`count(*)::int` })
	.from(searchEntry);
const indexed = `Search built over everything seeded: ${entries} entries in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s.`;
await database.db.execute(sql`analyze`);
await database.close();
console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s. ${indexed}`);

// A short shutdown: the load's keep-alive connections would hold the server open for 30 s, and a
// server that is killed writes no profile.
const quietServer = { SEED_DEMO: 'false', LOG_LEVEL: 'silent', SHUTDOWN_TIMEOUT: '1' };
const server = await startServer(
	benchUrl
		? { DATABASE_URL: benchUrl, ...quietServer }
		: { DATA_DIR: dataDir, DATABASE_URL: '', ...quietServer },
	{
		quiet: true,
		nodeArgs: PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []
	}
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

/** Logs in through the login form as a browser without JavaScript would, and returns the cookie. */
async function logIn(email: string): Promise<string> {
	const response = await fetch(`${server.url}/logg-inn`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			accept: 'text/html',
			origin: server.url,
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email, password: PASSWORD }).toString()
	});
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	if (response.status !== 303 || !cookie)
		throw new Error(`logging in as ${email} answered ${response.status}`);
	return cookie;
}
const cookies = {
	secretariat: await logIn(people.secretariat.email),
	partner: await logIn(people.partner.email)
};

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
	['/forpliktelser (5,000 over 60 actors)', `${server.url}/forpliktelser`],
	['/aktuelle-saker/<slug> (200 links)', `${server.url}/aktuelle-saker/${matterSlug}`],
	['/gjennomslag', `${server.url}/gjennomslag`],
	['/handlingsprogram/<code> (measures)', `${server.url}/handlingsprogram/${measureCode}`],
	['/aktuelt (5,000 posts)', `${server.url}/aktuelt`],
	['/aktuelt/<slug>', `${server.url}/aktuelt/${postSlug}`],
	['/aktuelt/atom.xml', `${server.url}/aktuelt/atom.xml`],
	['/sporsmal (5,000 answered)', `${server.url}/sporsmal`],
	['/sok?q=tog (common word)', `${server.url}/sok?q=tog`],
	['/kunnskap (50 indicators)', `${server.url}/kunnskap`],
	['/kunnskap/<slug> (chart, 204 figures)', `${server.url}/kunnskap/${indicatorSlug}`],
	['/kunnskap/<slug>/graf.svg', `${server.url}/kunnskap/${indicatorSlug}/graf.svg`],
	['/handlingsprogram (uncached)', `${server.url}/handlingsprogram`, true],
	['/handlingsprogram/HA0016 (uncached)', `${server.url}/handlingsprogram/HA0016`, true],
	['/moter/<id> (uncached)', `${server.url}/moter/${meetingId}`, true],
	['/moter/<id>/status (uncached)', `${server.url}/moter/${reportMeetingId}/status`, true],
	['/forpliktelser (uncached)', `${server.url}/forpliktelser`, true],
	['/aktuelle-saker/<slug> (uncached)', `${server.url}/aktuelle-saker/${matterSlug}`, true],
	['/gjennomslag (uncached)', `${server.url}/gjennomslag`, true],
	[
		'/handlingsprogram/<code> (measures, uncached)',
		`${server.url}/handlingsprogram/${measureCode}`,
		true
	],
	['/aktuelt (uncached)', `${server.url}/aktuelt`, true],
	['/aktuelt/<slug> (uncached)', `${server.url}/aktuelt/${postSlug}`, true],
	['/aktuelt/atom.xml (uncached)', `${server.url}/aktuelt/atom.xml`, true],
	['/sporsmal (uncached)', `${server.url}/sporsmal`, true],
	['/kunnskap (uncached)', `${server.url}/kunnskap`, true],
	['/kunnskap/<slug> (chart, uncached)', `${server.url}/kunnskap/${indicatorSlug}`, true],
	[
		'/kunnskap/<slug>/graf.svg (uncached)',
		`${server.url}/kunnskap/${indicatorSlug}/graf.svg`,
		true
	],
	// Searches past the page cache: an action point's code (about a hundred entries), a word in one
	// entry of ten, two such words, and a phrase with a word. The search keeps its answers until the
	// next change (search/queries.ts), so these measure a search that people repeat …
	['/sok?q=HA0016 (uncached, ~100 matches)', `${server.url}/sok?q=HA0016`, true],
	['/sok?q=tog (uncached)', `${server.url}/sok?q=tog`, true],
	['/sok?q=sykkel stasjon (uncached)', `${server.url}/sok?q=sykkel+stasjon`, true],
	['/sok?q="kollektiv tog" plan (uncached)', `${server.url}/sok?q=%22kollektiv+tog%22+plan`, true],
	// … and these one never asked before: "or" a word found nowhere, new in every request, finds
	// what the query finds, at the cost of running it.
	['/sok?q=HA0016 (new query each time)', `${server.url}/sok?q=HA0016+or+x[<id>]`, true],
	['/sok?q=tog (new query each time)', `${server.url}/sok?q=tog+or+x[<id>]`, true],
	[
		'/sok?q=sykkel stasjon (new query each time)',
		`${server.url}/sok?q=sykkel+stasjon+or+x[<id>]`,
		true
	],
	[
		'/sok?q="kollektiv tog" plan (new query each time)',
		`${server.url}/sok?q=%22kollektiv+tog%22+plan+or+x[<id>]`,
		true
	]
];

// The pages people work in, each with its person's session. No response cache answers a
// logged-in request, so each request runs the page's queries.
const workPages: [string, string, string][] = [
	['/arbeidsrom (secretariat)', `${server.url}/arbeidsrom`, cookies.secretariat],
	['/arbeidsrom (partner)', `${server.url}/arbeidsrom`, cookies.partner],
	[
		'/arbeidsrom/handlingspunkt/<code> (edit)',
		`${server.url}/arbeidsrom/handlingspunkt/${firstCode}`,
		cookies.partner
	],
	['/arbeidsrom/moter/<id>', `${server.url}/arbeidsrom/moter/${meetingId}`, cookies.secretariat],
	[
		'/arbeidsrom/byvekstavtale (readiness)',
		`${server.url}/arbeidsrom/byvekstavtale`,
		cookies.secretariat
	],
	[
		'/arbeidsrom/uttalelser/<id>',
		`${server.url}/arbeidsrom/uttalelser/${firstStatementId}`,
		cookies.secretariat
	]
];
for (const [route, url, cookie] of workPages) {
	const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
	await response.arrayBuffer();
	if (response.status !== 200) throw new Error(`${route} answered ${response.status}`);
}

// The write: a partner posts a progress update to the action point it leads, as the form does
// without JavaScript. Success is the redirect back to the page (303).
const progressWrite = {
	url: `${server.url}/arbeidsrom/handlingspunkt/${firstCode}?/progress`,
	method: 'POST' as const,
	headers: {
		cookie: cookies.partner,
		accept: 'text/html',
		origin: server.url,
		'content-type': 'application/x-www-form-urlencoded'
	},
	body: new URLSearchParams({
		text: 'Ytelsestest: arbeidet går etter planen.',
		status: 'in_progress',
		progress: '50'
	}).toString()
};

// autocannon puts a fresh id in place of `[<id>]` in every request. (Its `setupRequest` hook
// was used here before: with it, a few connections at the start of each run stalled for seconds
// in autocannon itself, while a plain node:http client saw no such stall on the same server.)
function loadOptions(url: string, uncached: boolean | undefined) {
	return uncached
		? {
				url: `${url}${url.includes('?') ? '&' : '?'}n=[<id>]`,
				idReplacement: true,
				connections: CONNECTIONS
			}
		: { url, connections: CONNECTIONS };
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
	kb: number;
	rss: number;
}[] = [];
type Load = Parameters<typeof autocannon>[0];
/** Runs one load after a short warm-up; `expected` is the status class that counts as success. */
async function measure(route: string, options: Load, expected: '2xx' | '3xx' = '2xx') {
	// BENCH_ONLY holds one or more parts of route names, separated by commas.
	if (
		ONLY &&
		!route.startsWith('baseline') &&
		!ONLY.split(',').some((part) => route.includes(part))
	)
		return;
	await autocannon({ ...options, duration: 2 }); // warm-up
	const result = await autocannon({ ...options, duration: SECONDS });
	const answered = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
	rows.push({
		route,
		rps: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + answered - result[expected],
		kb: answered ? result.throughput.total / answered / 1024 : 0,
		rss: route.startsWith('baseline') ? 0 : peakRssMb(pid)
	});
}
for (const [route, url, uncached] of routes) await measure(route, loadOptions(url, uncached));
for (const [route, url, cookie] of workPages)
	await measure(route, { url, headers: { cookie }, connections: CONNECTIONS });
// Last, since every write makes the public cache start over.
await measure(
	'POST /arbeidsrom/handlingspunkt/<code>?/progress (writes/s)',
	{ ...progressWrite, connections: CONNECTIONS },
	'3xx'
);
const peak = peakRssMb(pid);
baseline.kill();
await server.stop();
if (PROFILE_DIR)
	console.log(
		server.process.exitCode === 0
			? `CPU profile written to ${PROFILE_DIR}; sum it with scripts/bench/profile-summary.ts.`
			: `The server did not stop by itself (${server.process.signalCode}): no CPU profile.`
	);
// The monthly digest to every subscriber, through a local SMTP server that takes every mail.
let digest = '';
if (!ONLY || ONLY.split(',').some((part) => 'digest'.includes(part))) {
	const again = await openDatabase(benchUrl ? { url: benchUrl } : { dataDir });
	const sink = await startTestSmtp();
	const mailer = createMailer(
		{ ...readMailSettings({}), host: '127.0.0.1', port: sink.port },
		{ pooled: true }
	);
	const origin = 'https://samstemt.example';
	const queuedAt = performance.now();
	const issue = await queueDigest(again.db, origin, digestMonth);
	const sendAt = performance.now();
	const sent = await drainDigests(again.db, mailer, origin);
	const doneAt = performance.now();
	mailer?.close();
	await sink.close();
	await again.close();
	digest = `Monthly digest of ${issue?.posts ?? 0} posts to ${issue?.recipients ?? 0} subscribers: written to the outbox in ${((sendAt - queuedAt) / 1000).toFixed(1)} s, ${sent} mails sent in ${((doneAt - sendAt) / 1000).toFixed(1)} s (${(sent / ((doneAt - sendAt) / 1000)).toFixed(0)} mails/s), ${sink.received.length} received.`;
}
await closeServerDatabase();
if (KEEP) console.log(`\nThe seeded database is kept: ${benchUrl ?? dataDir}`);
else rmSync(dataDir, { recursive: true, force: true });

const base = rows[0].rps;
console.log(
	`\n${CONNECTIONS} connections, ${SECONDS} s per route, Node ${process.version}, ${serverUrl ? 'PostgreSQL server' : 'embedded PGlite'}\n`
);
console.log(
	'| route | req/s | p50 ms | p99 ms | vs baseline | errors | KB per answer | peak RSS MB so far |'
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
	console.log(
		`| ${r.route} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${(r.rps / base).toFixed(3)} | ${r.errors} | ${r.kb.toFixed(1)} | ${r.rss ? r.rss.toFixed(0) : '–'} |`
	);
}
console.log(
	`\nRSS of the app server: ${rssAfterStart.toFixed(0)} MB after start, ${peak.toFixed(0)} MB at peak`
);
console.log(`\n${indexed}`);
if (digest) console.log(`\n${digest}`);
