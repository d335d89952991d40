import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGeneration } from '../core/audit.ts';
import { ValidationError } from '../core/errors.ts';
import { createMatter, updateMatter } from '../matters/commands.ts';
import { createNewsPost, publishNewsPost } from '../news/commands.ts';
import { createSeededDatabase, TEST_ORIGIN } from '../testing/database.ts';
import { rebuildSearch } from './indexer.ts';
import { apiSearch, getSearchPage, markExcerpt } from './queries.ts';
import { searchEntry } from './schema.ts';
import { searchKinds, type SearchKind } from '../../schemas/values.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;

beforeAll(async () => {
	env = await createSeededDatabase();
	// Followed as the app follows it, so every search here goes through the kept answers too, and
	// the tests that change things prove that a change is found at once all the same.
	await readGeneration(env.database);
});
afterAll(() => env.database.drop());

async function search(local: string | null, input: Record<string, unknown>) {
	const page = await getSearchPage(await env.ctxAs(local), input);
	return {
		...page,
		titles: page.result?.hits.map((h) => h.title) ?? [],
		kinds: Object.fromEntries((page.result?.counts ?? []).map((c) => [c.kind, c.n]))
	};
}

const post = (title: string, body: string) => ({
	title,
	lead: '',
	body,
	bylineKind: 'role',
	bylineRole: 'Sekretariatet',
	actionCodes: ''
});

describe('the one search', () => {
	it('indexes every kind of thing the demo holds, for the public only what is public', async () => {
		const entries = await env.db.select().from(searchEntry);
		expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(searchKinds));
		const open = entries.filter((e) => e.audience === 'public');
		expect(open.some((e) => e.url.startsWith('/arbeidsrom'))).toBe(false);
		expect(new Set(open.map((e) => e.kind))).not.toContain('engagement');
		expect(new Set(open.map((e) => e.kind))).not.toContain('inquiry');
	});

	it('finds words in their Norwegian forms, and a title before a mention in the text', async () => {
		const staff = await env.ctxAs('sekretariat');
		await createMatter(staff, {
			title: 'Snøskuterløyper i fjellet',
			standing: 'Kommunene ser på traseene.',
			isPublic: 'on'
		});
		await createMatter(staff, {
			title: 'Sykkelveier langs fylkesvegene',
			standing: 'Krysser snøskuterløypene som ble lovet.',
			isPublic: 'on'
		});
		// "snøskuterløype", "-løyper" and "-løypene" are one word to the Norwegian stemmer.
		const found = await search(null, { q: 'snøskuterløype' });
		expect(found.titles).toEqual(['Snøskuterløyper i fjellet', 'Sykkelveier langs fylkesvegene']);
		expect(found.result?.hits[1].excerpt).toContain('<mark>snøskuterløypene</mark>');
		expect(found.result?.hits[0].url).toBe('/aktuelle-saker/snoskuterloyper-i-fjellet');
		// The workspace reads the same matter at its own address.
		const inside = await search('steinkjer', { q: 'snøskuterløyper' });
		expect(inside.result?.hits[0].url).toMatch(/^\/arbeidsrom\/aktuelle-saker\/\d+$/);
	});

	it('shows each reader only what they may read: drafts, internal items and exempt cases', async () => {
		const staff = await env.ctxAs('sekretariat');
		const draft = await createNewsPost(
			staff,
			post('Utkast om snøbrøyting', 'Kvitrefugl i teksten.')
		);
		// A draft is the secretariat's alone.
		expect((await search('sekretariat', { q: 'kvitrefugl' })).titles).toEqual([
			'Utkast om snøbrøyting'
		]);
		expect((await search('steinkjer', { q: 'kvitrefugl' })).titles).toEqual([]);
		expect((await search(null, { q: 'kvitrefugl' })).titles).toEqual([]);
		// Published, it is everyone's, at its public address.
		await publishNewsPost(staff, { id: draft.id, version: draft.version });
		const published = await search(null, { q: 'kvitrefugl' });
		expect(published.titles).toEqual(['Utkast om snøbrøyting']);
		expect(published.result?.hits[0].url).toBe(`/aktuelt/${draft.slug}`);

		// The demo's internal commitment: the workspace finds it, the public does not.
		expect((await search('verdal', { q: 'trafikktall kvartal' })).kinds).toMatchObject({
			commitment: 1
		});
		expect((await search(null, { q: 'trafikktall kvartal' })).kinds.commitment).toBeUndefined();

		// The demo's exempt case: its title and legal basis are public, its memo is not.
		expect((await search(null, { q: 'forhandlingsposisjon' })).titles).toEqual([]);
		expect((await search('leser', { q: 'forhandlingsposisjon' })).titles).toEqual([
			expect.stringContaining('Forhandlinger om belønningsavtale')
		]);
		const exempt = await search(null, { q: 'belønningsavtale', type: 'case' });
		expect(exempt.titles).toContainEqual(
			expect.stringContaining('Forhandlinger om belønningsavtale')
		);
		const [entry] = await env.db
			.select()
			.from(searchEntry)
			.where(eq(searchEntry.audience, 'public'))
			.then((rows) => rows.filter((r) => r.title.includes('belønningsavtale')));
		expect(entry.body).toContain('Offl. § 23');
		expect(entry.body).not.toContain('Forhandlingsposisjon');
		expect(exempt.result?.hits[0].excerpt ?? '').not.toContain('Forhandlingsposisjon');
	});

	it('counts by kind, filters by kind and year, and keeps up with changes', async () => {
		const staff = await env.ctxAs('sekretariat');
		const matter = await createMatter(staff, {
			title: 'Isbrytende samarbeid om Trønderbanen',
			standing: '',
			isPublic: 'on'
		});
		const all = await search(null, { q: 'trønderbanen' });
		expect(all.kinds.matter).toBeGreaterThanOrEqual(1);
		expect(all.result?.total).toBe(Object.values(all.kinds).reduce((a, b) => a + b, 0));
		const matters = await search(null, { q: 'trønderbanen', type: 'matter' });
		expect(matters.result?.hits.every((h) => h.kind === 'matter')).toBe(true);
		expect(matters.result?.total).toBe(all.kinds.matter);
		const year = new Date().getFullYear();
		const thisYear = await search(null, { q: 'isbrytende', ar: String(year) });
		expect(thisYear.titles).toEqual(['Isbrytende samarbeid om Trønderbanen']);
		expect((await search(null, { q: 'isbrytende', ar: String(year - 5) })).titles).toEqual([]);

		// A change is found at once; the old words are gone; an internal matter leaves the public.
		await updateMatter(staff, {
			id: matter.id,
			version: matter.version,
			title: 'Sandstrøing og Trønderbanen',
			standing: '',
			isPublic: ''
		});
		expect((await search(null, { q: 'isbrytende' })).titles).toEqual([]);
		expect((await search(null, { q: 'sandstrøing' })).kinds.matter).toBeUndefined();
		expect((await search('frosta', { q: 'sandstrøing' })).kinds.matter).toBe(1);

		// A rebuild gives the same entries as the changes did.
		const before = await env.db.select().from(searchEntry);
		await rebuildSearch(env.db);
		const after = await env.db.select().from(searchEntry);
		const key = (e: typeof searchEntry.$inferSelect) =>
			`${e.kind}:${e.entityId}:${e.audience}:${e.title}:${e.url}`;
		expect(after.map(key).sort()).toEqual(before.map(key).sort());
	});

	it('answers any input with a result or a message, never an error', async () => {
		const long = await search(null, { q: 'buss '.repeat(1000) });
		expect(long.errors).toEqual({ q: 'search_error_long' });
		expect(long.filter.q.length).toBeLessThanOrEqual(1000);
		for (const q of ['!!! &&& ::', 'og i på', '"', '-'])
			expect((await search(null, { q })).errors).toEqual({ q: 'search_error_no_words' });
		const injected = await search(null, { q: "'); drop table search_entry; --" });
		expect(injected.errors).toEqual({});
		expect(injected.titles).toEqual([]);
		expect((await search(null, { q: '   ' })).result).toBeNull();
		// Quotes, "or" and a minus are the search's own: a phrase, either word, not this word.
		const phrase = await search(null, { q: '"snøskuterløyper i fjellet" -sykkelveier' });
		expect(phrase.titles).toEqual(['Snøskuterløyper i fjellet']);
		// A word left out is left out of the text too, when the rest is in the title.
		const without = await search(null, { q: 'sykkelveier -snøskuterløype' });
		expect(without.errors).toEqual({});
		expect(without.titles).not.toContain('Sykkelveier langs fylkesvegene');
		expect((await search(null, { q: 'sykkelveier -isbre' })).titles).toContain(
			'Sykkelveier langs fylkesvegene'
		);
		const either = await search(null, { q: 'snøskuterløyper or sykkelveier' });
		expect(either.titles).toHaveLength(2);
		// Filters that cannot be read are no filter.
		const odd = await search(null, { q: 'snøskuterløyper', type: 'x', ar: 'nå', tema: '-1' });
		expect(odd.errors).toEqual({});
		expect(odd.titles.length).toBeGreaterThan(0);
		const far = await search(null, { q: 'snøskuterløyper', offset: '100000' });
		expect(far.titles).toEqual([]);
	});

	it('is open as JSON to the public, with absolute addresses, refusing what it cannot read', async () => {
		const staff = await env.ctxAs('sekretariat');
		const api = await apiSearch(staff, {
			q: 'snøskuterløyper',
			type: 'matter',
			limit: '1'
		});
		expect(api.items).toHaveLength(1);
		expect(api.items[0].url).toBe(`${TEST_ORIGIN}/aktuelle-saker/snoskuterloyper-i-fjellet`);
		expect(api.total).toBe(2);
		// Even a logged-in caller gets the public's view.
		const internal = await apiSearch(staff, {
			q: 'trafikktall kvartal'
		});
		expect(internal.counts.commitment).toBeUndefined();
		for (const input of [{ q: 'x', limit: '500' }, { q: 'buss', colour: 'red' }, {}])
			await expect(apiSearch(staff, input)).rejects.toBeInstanceOf(ValidationError);
	});

	it('keeps the internal variant of every kind out of public results, excerpts and counts', async () => {
		// One row of each kind is made internal, with a marker word in its text; action points and
		// measures have no internal variant (what they say is public by design).
		const marker = (kind: string) => `hemmelig${kind.replace('_', '')}`;
		const last = (table: string) => `(select max(id) from ${table})`;
		const made: [SearchKind, string, 'workspace' | 'staff' | 'nobody'][] = [
			[
				'progress',
				`update progress_update set is_public = false, text = text || ' ${marker('progress')}' where id = ${last('progress_update')}`,
				'workspace'
			],
			[
				'hearing',
				`update hearing set status = 'in_work', description = '${marker('hearing')}' where id = ${last('hearing')}`,
				'workspace'
			],
			[
				'statement',
				`update statement set status = 'draft', title = title || ' ${marker('statement')}' where id = ${last('statement')}`,
				'workspace'
			],
			[
				'case',
				`update meeting_case set exempt = true, exempt_basis = 'Offl. § 14', memo = '${marker('case')}' where id = ${last('meeting_case')}`,
				'workspace'
			],
			[
				'commitment',
				`update commitment set is_public = false, promise = promise || ' ${marker('commitment')}' where id = ${last('commitment')}`,
				'workspace'
			],
			[
				'engagement',
				`update engagement set topic = topic || ' ${marker('engagement')}' where id = ${last('engagement')}`,
				'workspace'
			],
			[
				'inquiry',
				`update inquiry set topic = topic || ' ${marker('inquiry')}' where id = ${last('inquiry')}`,
				'workspace'
			],
			[
				'workshop_item',
				`update workshop set is_public = false where id = (select workshop_id from workshop_item where id = ${last('workshop_item')}); update workshop_item set text = text || ' ${marker('workshop_item')}' where id = ${last('workshop_item')}`,
				'workspace'
			],
			[
				'matter',
				`update matter set is_public = false, title = title || ' ${marker('matter')}' where id = ${last('matter')}`,
				'workspace'
			],
			[
				'news',
				`update news_post set status = 'draft', published_at = null, title = title || ' ${marker('news')}' where id = ${last('news_post')}`,
				'staff'
			],
			[
				'question',
				`update question set status = 'new', public_text = public_text || ' ${marker('question')}' where id = ${last('question')}`,
				'nobody'
			],
			[
				'indicator',
				`update indicator set is_public = false, name = name || ' ${marker('indicator')}' where id = ${last('indicator')}`,
				'workspace'
			],
			[
				'document',
				`update library_document set is_public = false, title = title || ' ${marker('document')}' where id = ${last('library_document')}`,
				'workspace'
			]
		];
		for (const [, statement] of made)
			for (const part of statement.split('; ')) await env.db.execute(sql.raw(part));
		await rebuildSearch(env.db);
		const staff = await env.ctxAs('sekretariat');
		for (const [kind, , reader] of made) {
			const word = marker(kind);
			const open = await search(null, { q: word });
			expect(open.result?.total, kind).toBe(0);
			expect(open.kinds, kind).toEqual({});
			expect((await apiSearch(staff, { q: word })).total, kind).toBe(0);
			// The exempt case is found by the public by its title, without the marked memo.
			const titled = await env.db
				.select({ body: searchEntry.body })
				.from(searchEntry)
				.where(eq(searchEntry.audience, 'public'));
			expect(
				titled.some((e) => e.body.includes(word)),
				kind
			).toBe(false);
			const partner = await search('steinkjer', { q: word });
			const secretariat = await search('sekretariat', { q: word });
			expect(partner.kinds, kind).toEqual(reader === 'workspace' ? { [kind]: 1 } : {});
			expect(secretariat.kinds, kind).toEqual(reader === 'nobody' ? {} : { [kind]: 1 });
			if (reader !== 'nobody')
				expect(
					secretariat.result?.hits[0].url.startsWith('/arbeidsrom') || kind === 'progress'
				).toBe(true);
		}
		// Every kind that has an internal variant was tried.
		expect(made.map(([kind]) => kind).sort()).toEqual(
			searchKinds.filter((k) => k !== 'action' && k !== 'measure').sort()
		);
	});

	it('counts up to a thousand matches and says "over" past them, the newest title matches first', async () => {
		await env.db.execute(
			sql.raw(
				`insert into search_entry (kind, entity_id, audience, title, body, url, "on") select 'news', 900000 + n, 'public', case when n % 2 = 0 then 'Mengdeord ' || n else 'Annet ' || n end, 'mengdeord i teksten', '/aktuelt/x' || n, date '2020-01-01' + n from generate_series(1, 1005) n`
			)
		);
		const many = await search(null, { q: 'mengdeord' });
		expect(many.result).toMatchObject({ total: 1000, capped: true });
		// Titles first, newest first: the even numbers from the top, then the odd ones.
		expect(many.titles.slice(0, 2)).toEqual(['Mengdeord 1004', 'Mengdeord 1002']);
		const last = await search(null, { q: 'mengdeord', offset: '502' });
		expect(last.titles[0]).toBe('Annet 1005');
		expect((await search(null, { q: 'mengdeord', offset: '1000' })).titles).toEqual([]);
		await env.db.execute(sql.raw('delete from search_entry where entity_id > 900000'));
	});

	it('escapes everything in an excerpt but its marks', () => {
		expect(markExcerpt('<script>\u0001buss\u0002</script> & "x"')).toBe(
			'&#60;script&#62;<mark>buss</mark>&#60;/script&#62; &#38; &#34;x&#34;'
		);
	});
});
