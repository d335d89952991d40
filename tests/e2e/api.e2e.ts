import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_URL } from './browser.ts';

const get = (path: string) => fetch(new URL(path, BASE_URL));

describe('the JSON API', () => {
	it('lists action points with filters, limit and offset', async () => {
		const response = await get('/api/v1/actions?theme=sykkel-gange&limit=2&offset=0');
		assert.equal(response.status, 200);
		assert.match(response.headers.get('content-type') ?? '', /application\/json/);
		const body = await response.json();
		assert.ok(body.total >= 1);
		assert.ok(body.items.length <= 2);
		assert.ok(
			body.items.every((i: { theme: { slug: string } }) => i.theme.slug === 'sykkel-gange')
		);
		const all = await (await get('/api/v1/actions?limit=500')).json();
		assert.equal(all.total, 33);
		const second = await (await get('/api/v1/actions?limit=10&offset=10')).json();
		assert.equal(second.items[0].code, all.items[10].code);
	});

	it('answers bad parameters with 400 problem+json', async () => {
		for (const query of ['limit=0', 'limit=abc', 'status=finished', 'colour=red', 'offset=-1']) {
			const response = await get(`/api/v1/actions?${query}`);
			assert.equal(response.status, 400, query);
			assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/, query);
			const body = await response.json();
			assert.equal(body.status, 400);
			assert.ok(body.errors.length > 0);
		}
	});

	it('returns one action point and 404 for an unknown code', async () => {
		const body = await (await get('/api/v1/actions/HA16')).json();
		assert.equal(body.code, 'HA16');
		assert.match(body.title, /belønningsmidler\/byvekstavtale/);
		assert.equal(body.isExample, false);
		assert.ok(Array.isArray(body.milestones));
		const missing = await get('/api/v1/actions/HA99');
		assert.equal(missing.status, 404);
		assert.match(missing.headers.get('content-type') ?? '', /application\/problem\+json/);
		assert.equal((await get('/api/v1/actions/%3Cscript%3E')).status, 400);
	});

	it('lists the partners', async () => {
		const body = await (await get('/api/v1/organisations')).json();
		const steinkjer = body.items.find((o: { slug: string }) => o.slug === 'steinkjer');
		assert.equal(steinkjer.municipalityCode, '5006');
		assert.equal(body.total, body.items.length);
	});

	it('lists public commitments only, filtered, and refuses unknown parameters', async () => {
		const body = await (await get('/api/v1/commitments')).json();
		assert.ok(body.items.length >= 4, 'the demo’s public commitments');
		assert.ok(
			body.items.every((c: { promise: string }) => !c.promise.includes('trafikktall')),
			'no internal commitment'
		);
		const delayed = await (await get('/api/v1/commitments?status=delayed')).json();
		assert.ok(delayed.items.length >= 1);
		assert.ok(delayed.items.every((c: { status: string; late: boolean }) => c.late));
		const one = await (await get(`/api/v1/commitments/${delayed.items[0].id}`)).json();
		assert.deepEqual(
			one.history.map((h: { status: string }) => h.status),
			['delayed', 'open']
		);
		assert.equal((await get('/api/v1/commitments?owner=1')).status, 400);
		assert.equal((await get('/api/v1/commitments/999999')).status, 404);
	});

	it('describes itself in OpenAPI 3.1, and every described path answers', async () => {
		const doc = await (await get('/api/v1/openapi.json')).json();
		assert.equal(doc.openapi, '3.1.0');
		const names = doc.paths['/api/v1/actions'].get.parameters
			.map((p: { name: string }) => p.name)
			.sort();
		assert.deepEqual(names, [
			'horizon',
			'limit',
			'offset',
			'partner',
			'q',
			'sort',
			'status',
			'theme'
		]);
		// The search needs something to search for; every other path answers as it is.
		const query = (path: string) => (path.endsWith('/search') ? '?q=trønderbanen' : '');
		for (const path of Object.keys(doc.paths)) {
			const response = await get(path.replace('{code}', 'HA16').replace('{id}', '3') + query(path));
			assert.equal(response.status, 200, path);
		}
	});

	it('lists published meetings and keeps exempt cases to their title', async () => {
		const list = await (await get('/api/v1/meetings?q=partnerskapsavtalen')).json();
		const jegtvolden = list.items.find((m: { place: string }) => m.place === 'Jegtvolden, Inderøy');
		assert.ok(jegtvolden, 'the meeting at Jegtvolden is found by its case');
		const meeting = await (await get(`/api/v1/meetings/${jegtvolden.id}`)).json();
		const exempt = meeting.cases.find((c: { exempt: boolean }) => c.exempt);
		assert.deepEqual(Object.keys(exempt).sort(), ['caseNumber', 'exempt', 'exemptBasis', 'title']);
		assert.ok(!JSON.stringify(meeting).includes('Forhandlingsposisjon'));
		assert.ok(!JSON.stringify(meeting).includes('mandat'));
		const hidden = await (await get('/api/v1/meetings?q=forhandlingsposisjon')).json();
		assert.equal(hidden.total, 0, 'exempt memos are not searchable');
		const searched = await (await get('/api/v1/search?q=forhandlingsposisjon')).json();
		assert.equal(searched.total, 0, 'nor found by the one search');
		const titled = await (await get('/api/v1/search?q=belønningsavtale&type=case')).json();
		assert.ok(titled.items.some((i: { url: string }) => i.url.includes('#sak-')));
		assert.equal((await get('/api/v1/search?q=tog&limit=500')).status, 400);
		const bad = await get('/api/v1/meetings?limit=0');
		assert.equal(bad.status, 400);
		assert.match(bad.headers.get('content-type') ?? '', /application\/problem\+json/);
	});

	it('sends the security headers on every response', async () => {
		for (const path of ['/', '/handlingsprogram', '/api/v1/actions']) {
			const response = await get(path);
			assert.equal(
				response.headers.get('referrer-policy'),
				'strict-origin-when-cross-origin',
				path
			);
			assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
		}
		const csp = (await get('/')).headers.get('content-security-policy') ?? '';
		assert.match(csp, /frame-ancestors 'none'/);
		assert.match(csp, /script-src 'self' 'sha256-/);
	});

	it('refuses a form post from another origin', async () => {
		const response = await fetch(new URL('/logg-inn', BASE_URL), {
			method: 'POST',
			headers: {
				origin: 'https://evil.example',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'email=a%40b.no&password=x'
		});
		assert.equal(response.status, 403);
	});

	it('exports the filtered list as CSV and XLSX', async () => {
		const csv = await get('/handlingsprogram/eksport?format=csv&theme=jernbane');
		assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
		const raw = new Uint8Array(await csv.arrayBuffer());
		assert.deepEqual(
			[...raw.slice(0, 3)],
			[0xef, 0xbb, 0xbf],
			'starts with a UTF-8 byte order mark for Excel'
		);
		const lines = new TextDecoder().decode(raw).trim().split('\r\n');
		assert.match(lines[0], /^Kode;Tittel;Tema/);
		assert.ok(lines.slice(1).every((l) => l.includes(';Jernbane;')));
		const xlsx = await get('/handlingsprogram/eksport?format=xlsx');
		const bytes = new Uint8Array(await xlsx.arrayBuffer());
		assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK');
	});
});

describe('the response cache', () => {
	it('keeps a page from its second request and serves it again byte for byte', async () => {
		const path = `/tilgjengelighet?cache=${Date.now()}`;
		const first = await get(path);
		const firstBody = await first.text();
		assert.equal(first.headers.get('x-cache'), 'miss');
		const second = await get(path);
		assert.equal(second.headers.get('x-cache'), 'miss');
		assert.equal(await second.text(), firstBody);
		const again = await Promise.all(Array.from({ length: 8 }, () => get(path)));
		for (const response of again) {
			assert.equal(response.headers.get('x-cache'), 'hit');
			const body = await response.text();
			assert.equal(body, firstBody);
			assert.equal(Number(response.headers.get('content-length')), Buffer.byteLength(body));
		}
	});
});
