// How news is read, for the workspace and the public alike. Every reader names its view: `public`
// keeps to published posts (a withdrawn post's address shows its note, nothing of the post), so
// that the pages, the feeds and the pictures share one filter and none can forget it.
import { and, asc, count, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { NewsStatus, NewsTagKind } from '../../schemas/values.ts';
import { getCurrentProgramme } from '../actions/queries.ts';
import { action } from '../actions/schema.ts';
import { matter } from '../matters/schema.ts';
import type { Db } from '../platform/db/client.ts';
import { renderMarkdown } from '../shared/markdown.ts';
import { PUBLIC_STATEMENT } from '../statements/queries.ts';
import { statement } from '../statements/schema.ts';
import { theme } from '../strategy/schema.ts';
import { newsImageVariant, newsPost, newsTag } from './schema.ts';

export type View = 'public' | 'internal';
export interface TagRef {
	kind: NewsTagKind;
	targetId: number;
}

const published = eq(newsPost.status, 'published');
const visible = (view: View): SQL | undefined => (view === 'public' ? published : undefined);
const taggedWith = (tag: TagRef) =>
	exists(
		sql`(select 1 from ${newsTag} where ${newsTag.postId} = ${newsPost.id} and ${newsTag.kind} = ${tag.kind} and ${newsTag.targetId} = ${tag.targetId})`
	);

export const listColumns = {
	id: newsPost.id,
	slug: newsPost.slug,
	title: newsPost.title,
	lead: newsPost.lead,
	status: newsPost.status,
	publishAt: newsPost.publishAt,
	publishedAt: newsPost.publishedAt,
	imageId: newsPost.imageId,
	imageAlt: newsPost.imageAlt,
	isExample: newsPost.isExample
};

/** The widths a picture has, each as JPEG and WebP. */
export async function imageWidths(db: Db, imageIds: number[]) {
	const rows = imageIds.length
		? await db
				.selectDistinct({ imageId: newsImageVariant.imageId, width: newsImageVariant.width })
				.from(newsImageVariant)
				.where(inArray(newsImageVariant.imageId, imageIds))
				.orderBy(asc(newsImageVariant.width))
		: [];
	const widths = new Map<number, number[]>();
	for (const row of rows) widths.set(row.imageId, [...(widths.get(row.imageId) ?? []), row.width]);
	return widths;
}

/** A page of posts, the newest first: published ones by date, in the workspace drafts on top. */
export async function queryPosts(
	db: Db,
	view: View,
	filter: { tag?: TagRef; status?: NewsStatus },
	page: { limit: number; offset: number }
) {
	const where = and(
		visible(view),
		filter.tag ? taggedWith(filter.tag) : undefined,
		filter.status ? eq(newsPost.status, filter.status) : undefined
	);
	const rows = await db
		.select({ ...listColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
		.from(newsPost)
		.where(where)
		.orderBy(
			sql`${newsPost.publishedAt} desc nulls first`,
			desc(newsPost.publishAt),
			desc(newsPost.id)
		)
		.limit(page.limit)
		.offset(page.offset);
	const total =
		rows[0]?.total ??
		(page.offset ? (await db.select({ n: count() }).from(newsPost).where(where))[0].n : 0);
	const widths = await imageWidths(
		db,
		rows.flatMap((r) => (r.imageId ? [r.imageId] : []))
	);
	return {
		rows: rows.map(({ total: _t, ...row }) => ({
			...row,
			imageWidths: row.imageId ? (widths.get(row.imageId) ?? []) : []
		})),
		total
	};
}

/** What a post is tagged with, each with its public page's address part and a title. */
export async function tagsOf(db: Db, postIds: number[], view: View) {
	if (!postIds.length) return [];
	const tags = await db.select().from(newsTag).where(inArray(newsTag.postId, postIds));
	const ids = (kind: NewsTagKind) => tags.filter((t) => t.kind === kind).map((t) => t.targetId);
	const none = [] as { id: number; key: string; title: string }[];
	const [themes, matters, actions, statements] = await Promise.all([
		ids('theme').length
			? db
					.select({ id: theme.id, key: theme.slug, title: theme.name })
					.from(theme)
					.where(inArray(theme.id, ids('theme')))
			: none,
		ids('matter').length
			? db
					.select({ id: matter.id, key: matter.slug, title: matter.title })
					.from(matter)
					.where(
						and(
							inArray(matter.id, ids('matter')),
							view === 'public' ? eq(matter.isPublic, true) : undefined
						)
					)
			: none,
		ids('action').length
			? db
					.select({ id: action.id, key: action.code, title: action.code })
					.from(action)
					.where(inArray(action.id, ids('action')))
			: none,
		ids('statement').length
			? db
					.select({
						id: statement.id,
						key: sql<string>`${statement.id}::text`,
						title: statement.title
					})
					.from(statement)
					.where(
						and(
							inArray(statement.id, ids('statement')),
							view === 'public' ? inArray(statement.status, PUBLIC_STATEMENT) : undefined
						)
					)
			: none
	]);
	const found = { theme: themes, matter: matters, action: actions, statement: statements };
	return tags.flatMap((tag) => {
		const target = found[tag.kind].find((t) => t.id === tag.targetId);
		return target ? [{ postId: tag.postId, kind: tag.kind, ...target }] : [];
	});
}

/**
 * One post by its address, as the view may read it: the public reads a published post, and of a
 * withdrawn one only its title and the note; null when the view may not see it.
 */
export async function readPost(db: Db, view: View, slug: string) {
	const [row] = await db.select().from(newsPost).where(eq(newsPost.slug, slug));
	if (!row) return null;
	if (view === 'public' && row.status === 'withdrawn')
		return {
			withdrawn: true as const,
			post: {
				id: row.id,
				slug: row.slug,
				title: row.title,
				withdrawnAt: row.withdrawnAt,
				withdrawnNote: row.withdrawnNote
			}
		};
	if (view === 'public' && row.status !== 'published') return null;
	const widths = row.imageId ? ((await imageWidths(db, [row.imageId])).get(row.imageId) ?? []) : [];
	return {
		withdrawn: false as const,
		post: row,
		html: renderMarkdown(row.body),
		byline: row.bylineKind === 'name' && row.authorName ? row.authorName : row.bylineRole,
		imageWidths: widths,
		tags: await tagsOf(db, [row.id], view)
	};
}

/** The tag a public tag page names (`tema/kollektiv`), or null when there is none to show. */
export async function findTag(db: Db, kind: NewsTagKind, key: string) {
	const one = async (rows: Promise<{ id: number; title: string }[]>) => (await rows)[0] ?? null;
	let found: { id: number; title: string } | null = null;
	if (kind === 'theme')
		found = await one(
			db.select({ id: theme.id, title: theme.name }).from(theme).where(eq(theme.slug, key))
		);
	else if (kind === 'matter')
		found = await one(
			db
				.select({ id: matter.id, title: matter.title })
				.from(matter)
				.where(and(eq(matter.slug, key), eq(matter.isPublic, true)))
		);
	else if (kind === 'action') {
		const programme = await getCurrentProgramme(db);
		found = await one(
			db
				.select({ id: action.id, title: sql<string>`${action.code} || ' ' || ${action.title}` })
				.from(action)
				.where(and(eq(action.programmeId, programme.id), eq(action.code, key.toUpperCase())))
		);
	} else if (/^\d{1,9}$/.test(key))
		found = await one(
			db
				.select({ id: statement.id, title: statement.title })
				.from(statement)
				.where(and(eq(statement.id, Number(key)), inArray(statement.status, PUBLIC_STATEMENT)))
		);
	return found ? { kind, targetId: found.id, title: found.title } : null;
}

/** A scaled picture that the view may see: the public only those of published posts. */
export async function readImage(
	db: Db,
	view: View,
	ref: { imageId: number; width: number; format: 'jpeg' | 'webp' }
) {
	const [row] = await db
		.select({ content: newsImageVariant.content })
		.from(newsImageVariant)
		.where(
			and(
				eq(newsImageVariant.imageId, ref.imageId),
				eq(newsImageVariant.width, ref.width),
				eq(newsImageVariant.format, ref.format),
				view === 'public'
					? exists(
							sql`(select 1 from ${newsPost} where ${newsPost.imageId} = ${ref.imageId} and ${published})`
						)
					: undefined
			)
		);
	return row ?? null;
}
