// The news feeds, built with the `feed` library: Atom, RSS 2.0 and JSON Feed, of every post or of
import { inArray } from 'drizzle-orm';
// one tag's posts. They hold published posts only, as the public list does.
import { Feed } from 'feed';
import type { Ctx } from '../core/context.ts';
import { PUBLIC_CACHE, type FileReply } from '../shared/files.ts';
import { renderMarkdown } from '../shared/markdown.ts';
import { newsPost } from './schema.ts';
import { queryPosts, tagsOf, type TagRef } from './view.ts';

const FEED_SIZE = 30;
const types = {
	'atom.xml': 'application/atom+xml; charset=utf-8',
	'rss.xml': 'application/rss+xml; charset=utf-8',
	'feed.json': 'application/feed+json; charset=utf-8'
} as const;

export async function buildFeed(
	ctx: Ctx,
	format: keyof typeof types,
	tag: (TagRef & { title: string; path: string }) | null
): Promise<FileReply> {
	const { rows } = await queryPosts(
		ctx.db,
		'public',
		{ tag: tag ?? undefined },
		{ limit: FEED_SIZE, offset: 0 }
	);
	const bodies = rows.length
		? await ctx.db
				.select({
					id: newsPost.id,
					body: newsPost.body,
					bylineKind: newsPost.bylineKind,
					bylineRole: newsPost.bylineRole,
					authorName: newsPost.authorName
				})
				.from(newsPost)
				.where(
					inArray(
						newsPost.id,
						rows.map((r) => r.id)
					)
				)
		: [];
	const tags = await tagsOf(
		ctx.db,
		rows.map((r) => r.id),
		'public'
	);
	const url = (path: string) => new URL(path, ctx.origin).href;
	const base = tag ? tag.path : '/aktuelt';
	const feed = new Feed({
		id: url(base),
		link: url(base),
		title: tag ? `Innherredsbyen – ${tag.title}` : 'Innherredsbyen – aktuelt',
		description: 'Nyheter fra partnerskapet Innherredsbyen.',
		language: 'nb',
		updated: rows[0]?.publishedAt ?? new Date(0),
		generator: 'Samstemt',
		copyright: 'Innherredsbyen',
		feedLinks: {
			atom: url(`${base}/atom.xml`),
			rss: url(`${base}/rss.xml`),
			json: url(`${base}/feed.json`)
		}
	});
	for (const row of rows) {
		const own = bodies.find((b) => b.id === row.id)!;
		const byline = own.bylineKind === 'name' && own.authorName ? own.authorName : own.bylineRole;
		const width = row.imageWidths.at(-1);
		feed.addItem({
			id: url(`/aktuelt/${row.slug}`),
			link: url(`/aktuelt/${row.slug}`),
			title: row.title,
			date: row.publishedAt!,
			published: row.publishedAt!,
			description: row.lead,
			content: renderMarkdown(own.body),
			author: byline ? [{ name: byline }] : undefined,
			category: tags.filter((t) => t.postId === row.id).map((t) => ({ name: t.title })),
			image: width
				? { url: url(`/aktuelt/bilde/${row.imageId}-${width}.jpg`), type: 'image/jpeg' }
				: undefined
		});
	}
	const body =
		format === 'atom.xml' ? feed.atom1() : format === 'rss.xml' ? feed.rss2() : feed.json1();
	return {
		body,
		fileName: format,
		contentType: types[format],
		disposition: 'inline',
		cache: PUBLIC_CACHE
	};
}
