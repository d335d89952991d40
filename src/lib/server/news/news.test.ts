import { eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../core/errors.ts';
import { statement } from '../statements/schema.ts';
import { theme } from '../strategy/schema.ts';
import { user } from '../users/schema.ts';
import { createSeededDatabase, TEST_ORIGIN } from '../testing/database.ts';
import {
	createNewsPost,
	publishDuePosts,
	publishNewsPost,
	scheduleNewsPost,
	updateNewsPost,
	withdrawNewsPost
} from './commands.ts';
import { createDraftFrom } from './drafts.ts';
import { getNewsFeed, getNewsImage, getNewsPage, getNewsPost, getNewsTagPage } from './public.ts';
import { getNewsEditPage, newsRhythm } from './queries.ts';
import { newsReminders } from './reminders.ts';
import { newsPost } from './schema.ts';
import type { FileReply } from '../shared/files.ts';
import { getSharingKit, recordShare, shareText } from './sharing.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
let rail: { id: number; slug: string };
const noFile = { name: '', type: 'application/octet-stream', content: new Uint8Array() };

async function errorsOf(work: Promise<unknown>): Promise<Record<string, string>> {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fields;
}

const post = (over: Record<string, unknown> = {}) => ({
	title: 'Nytt kryssingsspor på Trønderbanen',
	lead: 'Bane NOR starter arbeidet med et kryssingsspor mellom Levanger og Verdal.',
	body: 'Arbeidet starter i **mars**.\n\n<script>alert(1)</script>',
	bylineKind: 'role',
	bylineRole: 'Sekretariatet',
	image: noFile,
	imageAlt: '',
	themeIds: [String(rail.id)],
	matterIds: [''],
	statementIds: [''],
	actionCodes: 'HA18',
	...over
});

async function photo(width = 2000, height = 1200) {
	const content = await sharp({
		create: { width, height, channels: 3, background: '#2e6b8a' }
	})
		.jpeg()
		.withMetadata({ exif: { IFD0: { Copyright: 'secret camera data' } } })
		.toBuffer();
	return { name: 'bilde.jpg', type: 'image/jpeg', content: new Uint8Array(content) };
}

beforeAll(async () => {
	env = await createSeededDatabase();
	[rail] = await env.db
		.select({ id: theme.id, slug: theme.slug })
		.from(theme)
		.where(eq(theme.slug, 'jernbane'));
});
afterAll(() => env.database.drop());

describe('news', () => {
	it('keeps a draft out of every public surface until it is published, then shows it everywhere', async () => {
		const staff = await env.ctxAs('sekretariat');
		const anonymous = await env.ctxAs(null);
		const draft = await createNewsPost(staff, post({ image: await photo(), imageAlt: 'Et tog' }));
		expect(draft.slug).toBe('nytt-kryssingsspor-pa-tronderbanen');
		expect(draft.status).toBe('draft');
		await expect(getNewsPost(anonymous, { slug: draft.slug })).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(
			getNewsImage(anonymous, { file: `${draft.imageId}-480.jpg` })
		).rejects.toBeInstanceOf(NotFoundError);
		const feed = await getNewsFeed(anonymous, { feed: 'feed.json' });
		const urls = (body: FileReply['body']) =>
			(JSON.parse(String(body)).items as { url: string }[]).map((i) => i.url);
		expect(urls(feed.body)).not.toContain(`${TEST_ORIGIN}/aktuelt/${draft.slug}`);

		const published = await publishNewsPost(staff, { id: draft.id, version: draft.version });
		expect(published.status).toBe('published');
		const page = await getNewsPost(anonymous, { slug: draft.slug });
		if (page.withdrawn) throw new Error('not withdrawn');
		expect(page.html).toContain('<strong>mars</strong>');
		expect(page.html).not.toContain('<script');
		expect(page.imageWidths).toEqual([480, 960, 1200]);
		expect(page.tags.map((t) => [t.kind, t.key])).toEqual(
			expect.arrayContaining([
				['theme', 'jernbane'],
				['action', 'HA18']
			])
		);

		// The picture is served scaled, as JPEG and WebP, without the camera's metadata.
		const served = await getNewsImage(anonymous, { file: `${draft.imageId}-960.webp` });
		expect(served.contentType).toBe('image/webp');
		expect(served.cache).toContain('immutable');
		const meta = await sharp(served.body as Uint8Array).metadata();
		expect([meta.format, meta.width, meta.exif]).toEqual(['webp', 960, undefined]);
		await expect(
			getNewsImage(anonymous, { file: `${draft.imageId}-2000.jpg` })
		).rejects.toBeInstanceOf(NotFoundError);

		// The list, the tag's page and the three feeds hold it, read back by an independent parser.
		expect((await getNewsPage(anonymous, {})).rows.map((r) => r.id)).toContain(draft.id);
		const tagged = await getNewsTagPage(anonymous, { kind: 'tema', key: 'jernbane' });
		expect(tagged.rows.map((r) => r.id)).toContain(draft.id);
		const cycling = await getNewsTagPage(anonymous, { kind: 'tema', key: 'sykkel-gange' });
		expect(cycling.rows.map((r) => r.id)).not.toContain(draft.id);
		const xml = new XMLParser({ ignoreAttributes: false });
		const atom = xml.parse(String((await getNewsFeed(anonymous, { feed: 'atom.xml' })).body));
		const entry = [atom.feed.entry]
			.flat()
			.find((e) => (e.title['#text'] ?? e.title) === post().title);
		expect(entry.title['#text'] ?? entry.title).toBe(post().title);
		const links = [entry.link].flat() as Record<string, string>[];
		expect(links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate')?.['@_href']).toBe(
			`${TEST_ORIGIN}/aktuelt/${draft.slug}`
		);
		const rss = xml.parse(
			String(
				(await getNewsFeed(anonymous, { feed: 'rss.xml', kind: 'tema', key: 'jernbane' })).body
			)
		);
		const item = [rss.rss.channel.item].flat().find((i) => i.title === post().title);
		expect(item.link).toBe(`${TEST_ORIGIN}/aktuelt/${draft.slug}`);
		expect(item.description).toContain('kryssingsspor');
		const json = JSON.parse(String((await getNewsFeed(anonymous, { feed: 'feed.json' })).body));
		expect(json.version).toMatch(/jsonfeed\.org\/version\/1/);
		const ours = json.items.find((i: { url: string }) => i.url.endsWith(`/aktuelt/${draft.slug}`));
		expect(ours.content_html).toContain('<strong>mars</strong>');
		expect(ours.content_html).not.toContain('<script');
		const other = await getNewsFeed(anonymous, {
			feed: 'feed.json',
			kind: 'tema',
			key: 'sykkel-gange'
		});
		expect(urls(other.body)).not.toContain(`${TEST_ORIGIN}/aktuelt/${draft.slug}`);

		// Withdrawn: its address shows the note, nothing of the post; lists and feeds drop it.
		await withdrawNewsPost(staff, {
			id: draft.id,
			version: published.version,
			note: 'Tidspunktet var feil.'
		});
		const gone = await getNewsPost(anonymous, { slug: draft.slug });
		expect(gone).toMatchObject({
			withdrawn: true,
			post: { withdrawnNote: 'Tidspunktet var feil.' }
		});
		expect(JSON.stringify(gone)).not.toContain('mars');
		expect((await getNewsPage(anonymous, {})).rows.map((r) => r.id)).not.toContain(draft.id);
		await expect(
			getNewsImage(anonymous, { file: `${draft.imageId}-480.jpg` })
		).rejects.toBeInstanceOf(NotFoundError);
	});

	it('refuses a post without a body, a picture without alt text or of another type, a time in the past', async () => {
		const staff = await env.ctxAs('sekretariat');
		expect(await errorsOf(createNewsPost(staff, post({ body: '  ' })))).toMatchObject({
			body: 'news_error_body'
		});
		expect(
			await errorsOf(createNewsPost(staff, post({ image: await photo(), imageAlt: '' })))
		).toEqual({ imageAlt: 'news_error_alt' });
		const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
		expect(
			await errorsOf(
				createNewsPost(staff, post({ image: { name: 'x.jpg', type: 'image/jpeg', content: pdf } }))
			)
		).toEqual({ image: 'news_error_image_type' });
		expect(
			await errorsOf(createNewsPost(staff, post({ actionCodes: 'HA99', themeIds: ['999999'] })))
		).toMatchObject({ actionCodes: 'hearing_error_action_codes', themeIds: 'error_choice' });
		const draft = await createNewsPost(staff, post({ title: 'Et utkast' }));
		expect(
			await errorsOf(
				scheduleNewsPost(staff, {
					id: draft.id,
					version: draft.version,
					date: '2020-01-01',
					time: '08:00'
				})
			)
		).toEqual({ date: 'news_error_schedule_past' });
		expect(
			await errorsOf(
				scheduleNewsPost(staff, { id: draft.id, version: draft.version, date: '', time: '25:00' })
			)
		).toMatchObject({ time: 'meeting_error_time' });
		// A stale form is a conflict; a partner user cannot write news.
		await updateNewsPost(staff, { ...post({ title: 'Et utkast' }), id: draft.id, version: 1 });
		await expect(
			updateNewsPost(staff, { ...post({ title: 'Et utkast' }), id: draft.id, version: 1 })
		).rejects.toBeInstanceOf(ConflictError);
		await expect(createNewsPost(await env.ctxAs('levanger'), post())).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(
			getNewsEditPage(await env.ctxAs('levanger'), { id: draft.id })
		).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('publishes a scheduled post once when its time comes, however many workers look', async () => {
		const staff = await env.ctxAs('sekretariat');
		const draft = await createNewsPost(staff, post({ title: 'Planlagt nyhet' }));
		const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
		const scheduled = await scheduleNewsPost(staff, {
			id: draft.id,
			version: draft.version,
			date: tomorrow,
			time: '08:00'
		});
		expect(scheduled.status).toBe('scheduled');
		expect(await publishDuePosts(env.db)).toEqual([]);
		// Its time comes.
		await env.db
			.update(newsPost)
			.set({ publishAt: new Date(Date.now() - 1_000) })
			.where(eq(newsPost.id, draft.id));
		const runs = await Promise.all([publishDuePosts(env.db), publishDuePosts(env.db)]);
		expect(runs.flat().map((p) => p.id)).toEqual([draft.id]);
		const [row] = await env.db.select().from(newsPost).where(eq(newsPost.id, draft.id));
		expect(row.status).toBe('published');
		const audit = await env.db.execute(
			`select count(*)::int as n from audit_event where entity = 'news_post' and entity_id = '${draft.id}' and kind = 'publish_scheduled'`
		);
		expect(JSON.stringify(audit)).toContain('"n":1');
	});

	it('makes drafts from a sent statement and a public progress update, never from what is not public', async () => {
		const staff = await env.ctxAs('sekretariat');
		const [sent] = await env.db.select().from(statement).where(eq(statement.status, 'sent'));
		const draft = await createDraftFrom(staff, { fra: `statement:${sent.id}` });
		expect(draft).toMatchObject({ status: 'draft', origin: `statement:${sent.id}` });
		expect(draft.title).toContain(sent.title);
		const edit = await getNewsEditPage(staff, { id: draft.id });
		expect(edit.values.statementIds).toEqual([sent.id]);
		const [unsent] = await env.db.select().from(statement).where(eq(statement.status, 'draft'));
		if (unsent)
			expect(await errorsOf(createDraftFrom(staff, { fra: `statement:${unsent.id}` }))).toEqual({
				fra: 'news_error_source'
			});
		expect(await errorsOf(createDraftFrom(staff, { fra: 'nonsense:1' }))).toEqual({
			fra: 'error_invalid'
		});
	});

	it('gives a sharing kit within the services’ limits, with campaign links per municipality, and a record of who shared', async () => {
		const staff = await env.ctxAs('sekretariat');
		const draft = await createNewsPost(
			staff,
			post({ title: 'Delbar nyhet', lead: 'L'.repeat(400), body: 'Tekst' })
		);
		const partner = await env.ctxAs('verdal');
		await expect(getSharingKit(partner, { id: draft.id })).rejects.toBeInstanceOf(NotFoundError);
		await publishNewsPost(staff, { id: draft.id, version: draft.version });
		const kit = await getSharingKit(partner, { id: draft.id });
		expect(kit.texts.linkedin.length).toBeLessThanOrEqual(3_000);
		expect(kit.texts.facebook).toContain(`${TEST_ORIGIN}/aktuelt/${draft.slug}`);
		expect(
			shareText({ title: 'T', lead: 'x'.repeat(5_000) }, 'https://a.no/b', 'linkedin')
		).toHaveLength(3_000);
		const verdal = kit.links.find((l) => l.name === 'Verdal kommune')!;
		expect(Object.fromEntries(new URL(verdal.facebook).searchParams)).toEqual({
			utm_source: 'verdal',
			utm_medium: 'facebook',
			utm_campaign: draft.slug
		});
		expect(kit.links).toHaveLength(6);
		// Verdal records its own sharing; not Levanger's.
		expect(kit.recorders.map((r) => r.label)).toEqual(['Verdal kommune']);
		await expect(
			recordShare(partner, { id: draft.id, organisationId: kit.links.length + 1000 })
		).rejects.toBeInstanceOf(ForbiddenError);
		await recordShare(partner, { id: draft.id, organisationId: String(kit.recorders[0].value) });
		await recordShare(partner, { id: draft.id, organisationId: String(kit.recorders[0].value) });
		const after = await getSharingKit(staff, { id: draft.id });
		expect(after.shares.map((s) => s.name)).toEqual(['Verdal kommune']);
		expect(after.recorders.map((r) => r.label)).not.toContain('Verdal kommune');
	});

	it('counts posts per week and reminds the secretariat on Monday morning when the week is empty', async () => {
		const staff = await env.ctxAs('sekretariat');
		const monday = '2030-01-07';
		const reminders = await newsReminders(env.db, TEST_ORIGIN, monday, 8);
		const secretariat = await env.db.select().from(user).where(eq(user.role, 'secretariat'));
		expect(reminders.map((r) => r.key)).toEqual(
			secretariat.map((s) => `news-week:${monday}:${s.email}`)
		);
		expect(await newsReminders(env.db, TEST_ORIGIN, monday, 6)).toEqual([]);
		expect(await newsReminders(env.db, TEST_ORIGIN, '2030-01-08', 8)).toEqual([]);
		// A post scheduled in that week is enough.
		const draft = await createNewsPost(staff, post({ title: 'Neste uke' }));
		await scheduleNewsPost(staff, {
			id: draft.id,
			version: draft.version,
			date: '2030-01-09',
			time: '09:00'
		});
		expect(await newsReminders(env.db, TEST_ORIGIN, monday, 8)).toEqual([]);

		const rhythm = await newsRhythm(env.db);
		expect(rhythm.weeks).toHaveLength(12);
		expect(rhythm.weeks.at(-1)!.n).toBeGreaterThanOrEqual(1);
	});
});
