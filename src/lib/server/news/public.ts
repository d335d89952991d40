// The public side of news: /aktuelt, tag pages, a post, its pictures and the feeds.
import {
	newsFeedRef,
	newsImageRef,
	newsListQuery,
	newsSlugRef,
	newsTagPaths,
	newsTagRef
} from '../../schemas/news.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import type { FileReply } from '../shared/files.ts';
import { buildFeed } from './feeds.ts';
import { findTag, queryPosts, readImage, readPost, tagsOf, type TagRef } from './view.ts';

export const NEWS_PAGE = 10;

async function listPage(ctx: Ctx, input: unknown, tag?: TagRef) {
	const { offset } = parseInput(newsListQuery, input);
	const list = await queryPosts(ctx.db, 'public', { tag }, { limit: NEWS_PAGE, offset });
	const tags = await tagsOf(
		ctx.db,
		list.rows.map((r) => r.id),
		'public'
	);
	return {
		...list,
		rows: list.rows.map((row) => ({ ...row, tags: tags.filter((t) => t.postId === row.id) })),
		limit: NEWS_PAGE,
		offset
	};
}

/** `/aktuelt`: published posts, the newest first, a page at a time. */
export async function getNewsPage(ctx: Ctx, input: unknown) {
	return listPage(ctx, input);
}

/** A tag's page (`/aktuelt/tema/kollektiv`): the posts tagged with it. */
export async function getNewsTagPage(ctx: Ctx, input: unknown) {
	const { kind, key } = parseInput(newsTagRef, input);
	const tag = await findTag(ctx.db, newsTagPaths[kind], key);
	if (!tag) throw new NotFoundError('tag');
	return { tag: { ...tag, path: `/aktuelt/${kind}/${key}` }, ...(await listPage(ctx, input, tag)) };
}

/** One post at its address; a withdrawn one shows its note. */
export async function getNewsPost(ctx: Ctx, input: unknown) {
	const { slug } = parseInput(newsSlugRef, input);
	const found = await readPost(ctx.db, 'public', slug);
	if (!found) throw new NotFoundError('news_post');
	return found;
}

/** A scaled picture of a published post. Its address never changes content, so it is kept long. */
export async function getNewsImage(ctx: Ctx, input: unknown): Promise<FileReply> {
	const { file } = parseInput(newsImageRef, input);
	const row = await readImage(ctx.db, 'public', file);
	if (!row) throw new NotFoundError('image');
	return imageReply(row.content, file);
}

export function imageReply(
	content: Uint8Array,
	file: { imageId: number; width: number; format: 'jpeg' | 'webp' }
): FileReply {
	return {
		body: content,
		fileName: `${file.imageId}-${file.width}.${file.format === 'jpeg' ? 'jpg' : 'webp'}`,
		contentType: `image/${file.format}`,
		disposition: 'inline',
		cache: 'public, max-age=31536000, immutable'
	};
}

/** The feed of every post, or of a tag's posts, as Atom, RSS 2.0 or JSON Feed. */
export async function getNewsFeed(ctx: Ctx, input: unknown): Promise<FileReply> {
	const { feed } = parseInput(newsFeedRef, input);
	const tagged = input && typeof input === 'object' && 'kind' in input;
	if (!tagged) return buildFeed(ctx, feed, null);
	const { kind, key } = parseInput(newsTagRef, input);
	const tag = await findTag(ctx.db, newsTagPaths[kind], key);
	if (!tag) throw new NotFoundError('tag');
	return buildFeed(ctx, feed, { ...tag, path: `/aktuelt/${kind}/${key}` });
}
