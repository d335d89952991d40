// Malformed input on every page, endpoint and form action, found from the routes folder so that a
// new route is covered without editing this test: none may answer 500, and none may change data.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import postgres from 'postgres';
import { BASE_URL, DEMO_PASSWORD } from './browser.ts';

const ROUTES = 'src/routes';

interface Route {
	/** The path with its parameters, e.g. `/moter/[id]/vedlegg/[attachmentId]`. */
	template: string;
	page: boolean;
	actions: string[];
}

function discover(dir = ROUTES, path = ''): Route[] {
	const found: Route[] = [];
	const files = readdirSync(dir, { withFileTypes: true });
	const has = (name: string) => files.some((f) => f.isFile() && f.name === name);
	if (has('+page.svelte') || has('+page.server.ts') || has('+server.ts')) {
		const server = join(dir, '+page.server.ts');
		const source = existsSync(server) ? readFileSync(server, 'utf8') : '';
		const block = /export const actions[^{]*\{([\s\S]*)\};/.exec(source)?.[1] ?? '';
		const actions = [...block.matchAll(/^\t(\w+): action\(/gm)].map((m) => m[1]);
		found.push({ template: path || '/', page: !has('+server.ts'), actions });
	}
	for (const entry of files.filter((f) => f.isDirectory())) {
		const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
		found.push(...discover(join(dir, entry.name), path + segment));
	}
	return found;
}

// A real value per parameter, so that the request reaches the code behind it.
const valid: Record<string, string> = {
	id: '1',
	code: 'HA16',
	slug: 'representantskapet',
	periode: '2021-2024',
	documentId: '1',
	attachmentId: '1',
	token: 'ukjent-invitasjon'
};
const malformed = ['a%00b', '1.5', '2147483648', '-1', '1e20', 'x'.repeat(300), '%E0%A4%A'];

const fill = (template: string, override?: [string, string]) =>
	template.replace(/\[(\w+)(?:=\w+)?\]/g, (_, name: string) =>
		override && override[0] === name ? override[1] : (valid[name] ?? '1')
	);

/** Every address to try: the route as it is, then each parameter malformed in turn. */
function addresses(route: Route): string[] {
	const names = [...route.template.matchAll(/\[(\w+)(?:=\w+)?\]/g)].map((m) => m[1]);
	return [
		fill(route.template),
		...names.flatMap((name) => malformed.map((bad) => fill(route.template, [name, bad])))
	];
}

const long = (n: number) => 'æ'.repeat(n);
const queries = [
	'q=a%00b',
	'offset=Infinity',
	'offset=1e20',
	'offset=-5&limit=1e9',
	`q=${long(201)}`,
	`theme=${long(101)}&partner=${long(101)}&status=%00`,
	'neste=/%0d%0aSet-Cookie:x=1&back=//evil.example',
	'fra=-1&til=1e99&vis=%00&utkast=zzz&horing=2147483648',
	'sort=%00&horizon=%00&format=xlsx%00'
];

// Every field name the forms use, with values that are wrong in every way at once.
const badFields: Record<string, string> = {
	id: '1.5',
	version: '2147483648',
	baseNumber: '-1',
	milestoneId: '1.5',
	followUpId: '2147483648',
	caseId: 'abc',
	memberId: '-1',
	inputId: '1e20',
	documentId: '\u0000',
	actionId: 'Infinity',
	organisationId: '2147483648',
	themeId: '0',
	leadOrganisationId: '99999999999',
	participantIds: '1.5',
	date: '0000-01-01',
	dueDate: '0000-01-01',
	doneOn: '10000-01-01',
	publicDeadline: '0000-01-01',
	decidedOn: '0000-01-01',
	title: 'a\u0000b',
	text: 'a\u0000b',
	description: 'a\u0000b',
	email: 'a\u0000b@example.no',
	password: 'x\u0000',
	locale: 'nb\u0000',
	back: '/\r\n//evil.example',
	published: 'maybe',
	active: 'maybe',
	status: '\u0000',
	token: 'not-a-uuid',
	actorId: '2147483648',
	promise: 'a\u0000b',
	dueOn: '0000-01-01',
	newDueOn: '10000-01-01',
	on: '0000-01-01',
	sourceUrl: 'javascript:alert(1)',
	evidenceUrl: 'javascript:alert(1)'
};

function bodies(origin: string): { label: string; init: RequestInit }[] {
	const headers = { origin };
	const form = new URLSearchParams(badFields);
	const multipart = new FormData();
	for (const [key, value] of Object.entries(badFields)) multipart.append(key, value);
	multipart.append('file', new File([new Uint8Array([0, 1, 2])], 'x.pdf'));
	return [
		{ label: 'malformed fields', init: { method: 'POST', headers, body: form } },
		{ label: 'malformed multipart', init: { method: 'POST', headers, body: multipart } },
		{
			label: 'text/plain',
			init: { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: 'x=1' }
		},
		{
			label: 'broken multipart',
			init: {
				method: 'POST',
				headers: { ...headers, 'content-type': 'multipart/form-data; boundary=zz' },
				body: '--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb'
			}
		},
		{ label: 'no content type', init: { method: 'POST', headers, body: new Blob(['x=1']) } }
	];
}

async function logIn(email: string): Promise<string> {
	const response = await fetch(`${BASE_URL}/logg-inn`, {
		method: 'POST',
		headers: { origin: new URL(BASE_URL).origin },
		body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
		redirect: 'manual'
	});
	const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]);
	assert.ok(cookie.length, `logged in as ${email}`);
	return cookie.join('; ');
}

/** The audit trail's length: every accepted write adds to it (PostgreSQL mode only). */
async function auditCount(): Promise<number | null> {
	const url = process.env.E2E_DATABASE_URL;
	if (!url) return null;
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from audit_event`;
		return n;
	} finally {
		await sql.end();
	}
}

/** Runs the requests a few at a time and collects every answer of 500 or more. */
async function sendAll(requests: { url: string; init: RequestInit; label: string }[]) {
	const failures: string[] = [];
	let next = 0;
	const worker = async () => {
		while (next < requests.length) {
			const { url, init, label } = requests[next++];
			const response = await fetch(url, { ...init, redirect: 'manual' });
			await response.arrayBuffer();
			if (response.status >= 500)
				failures.push(`${response.status} ${init.method ?? 'GET'} ${url} (${label})`);
		}
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	return failures;
}

describe('malformed input', () => {
	it(
		'never gives a 500 on any page, endpoint or form action, and changes nothing',
		{ timeout: 600_000 },
		async () => {
			const routes = discover();
			assert.ok(routes.length > 50, `${routes.length} routes found`);
			assert.ok(
				routes.some((r) => r.actions.includes('progress')),
				'form actions found'
			);
			const origin = new URL(BASE_URL).origin;
			const before = await auditCount();
			const roles: [string, string | null][] = [
				['anonymous', null],
				['reader', await logIn('leser@demo.samstemt.no')],
				['partner', await logIn('levanger@demo.samstemt.no')]
			];
			const requests: { url: string; init: RequestInit; label: string }[] = [];
			for (const [role, cookie] of roles) {
				const withCookie = (init: RequestInit): RequestInit => ({
					...init,
					headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) }
				});
				for (const route of routes) {
					// Logging out would end the session the rest of this role's requests use.
					if (route.template === '/logg-ut') continue;
					for (const address of addresses(route))
						requests.push({ url: BASE_URL + address, init: withCookie({}), label: role });
					const base = BASE_URL + fill(route.template);
					for (const query of queries)
						requests.push({ url: `${base}?${query}`, init: withCookie({}), label: role });
					for (const name of route.actions)
						for (const { label, init } of bodies(origin))
							requests.push({
								url: name === 'default' ? base : `${base}?/${name}`,
								init: withCookie(init),
								label: `${role}, ${label}`
							});
				}
			}
			const failures = await sendAll(requests);
			// One body over the size limit, on the anonymous login form.
			const huge = await fetch(`${BASE_URL}/logg-inn`, {
				method: 'POST',
				headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
				body: `email=${'a'.repeat(27 * 1024 * 1024)}`
			});
			if (huge.status >= 500) failures.push(`${huge.status} oversized body`);
			assert.deepEqual(failures, [], `${failures.length} of ${requests.length} requests failed`);
			const after = await auditCount();
			assert.equal(after, before, 'malformed requests changed data');
		}
	);
});
