import { and, eq, like, lte, or, sql } from 'drizzle-orm';
import { versionedRef } from '../../schemas/common.ts';
import {
	newsPostInput,
	newsScheduleInput,
	newsWithdrawInput,
	type NewsPostInput
} from '../../schemas/news.ts';
import { allow, canManageNews } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Actor, Ctx, Tx } from '../core/context.ts';
import { ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { checkTags } from '../links/references.ts';
import type { Db } from '../platform/db/client.ts';
import { osloInstant } from '../shared/dates.ts';
import { uniqueSlug } from '../shared/slugs.ts';
import { scaleImage, type ScaledImage } from './images.ts';
import { newsImage, newsImageVariant, newsPost, newsTag, type NewsPost } from './schema.ts';

/** Replaces a post's tags with the checked ones. */
async function writeTags(tx: Tx, postId: number, tags: Awaited<ReturnType<typeof checkTags>>) {
	await tx.delete(newsTag).where(eq(newsTag.postId, postId));
	if (tags.length) await tx.insert(newsTag).values(tags.map((row) => ({ ...row, postId })));
}

async function storeImage(tx: Tx, actor: Actor | null, scaled: ScaledImage, original: Uint8Array) {
	const [row] = await tx
		.insert(newsImage)
		.values({
			contentType: scaled.contentType,
			width: scaled.width,
			height: scaled.height,
			original,
			uploadedBy: actor?.id ?? null
		})
		.returning({ id: newsImage.id });
	await tx
		.insert(newsImageVariant)
		.values(scaled.variants.map((variant) => ({ ...variant, imageId: row.id })));
	return row.id;
}

/**
 * The picture of a save: a new upload (scaled before the transaction), the one the post has, or
 * none. A picture always has its alt text.
 */
async function scaledUpload(input: NewsPostInput, hadImage: boolean) {
	const scaled = input.image ? await scaleImage(input.image.content) : null;
	const keeps = !input.removeImage && (scaled !== null || hadImage);
	if (keeps && input.imageAlt === '') throw new ValidationError({ imageAlt: 'news_error_alt' });
	return { scaled, keeps };
}

function columnsOf(input: NewsPostInput) {
	return {
		title: input.title,
		lead: input.lead,
		body: input.body,
		bylineKind: input.bylineKind,
		bylineRole: input.bylineRole,
		imageAlt: input.imageAlt
	};
}

async function takenSlugs(tx: Tx, stem: string) {
	const rows = await tx
		.select({ slug: newsPost.slug })
		.from(newsPost)
		.where(or(eq(newsPost.slug, stem), like(newsPost.slug, `${stem}-%`)));
	return new Set(rows.map((r) => r.slug));
}

/** A new draft. Its address is made from the title now and kept, whatever the title becomes. */
export async function createNewsPost(ctx: Ctx, raw: unknown, origin: string | null = null) {
	allow(ctx, canManageNews);
	const input = parseInput(newsPostInput, raw);
	const { scaled, keeps } = await scaledUpload(input, false);
	return ctx.db.transaction(async (tx) => {
		const tags = await checkTags(tx, input);
		const actionIds = tags.filter((t) => t.kind === 'action').map((t) => t.targetId);
		const imageId =
			keeps && scaled && input.image
				? await storeImage(tx, ctx.actor, scaled, input.image.content)
				: null;
		const stem = uniqueSlug(input.title, 'nyhet', new Set()).slice(0, 60);
		const slug = uniqueSlug(stem, 'nyhet', await takenSlugs(tx, stem));
		const [row] = await tx
			.insert(newsPost)
			.values({
				...columnsOf(input),
				imageAlt: imageId ? input.imageAlt : '',
				slug,
				imageId,
				origin,
				authorId: ctx.actor?.id ?? null,
				authorName: ctx.actor?.name ?? ''
			})
			.returning();
		await writeTags(tx, row.id, tags);
		await recordAudit(tx, ctx.actor, {
			entity: 'news_post',
			entityId: row.id,
			kind: 'create',
			after: { ...row, tags: { ...input, image: undefined, actionIds } }
		});
		return row;
	});
}

/** Changes what a post says, its picture and its tags, in any state; its address stays. */
export async function updateNewsPost(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageNews);
	const { id, version } = parseInput(versionedRef, raw);
	const input = parseInput(newsPostInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, newsPost, eq(newsPost.id, id), 'news_post', version);
		const { scaled, keeps } = await scaledUpload(input, before.imageId !== null);
		const tags = await checkTags(tx, input);
		const actionIds = tags.filter((t) => t.kind === 'action').map((t) => t.targetId);
		const imageId = !keeps
			? null
			: scaled && input.image
				? await storeImage(tx, ctx.actor, scaled, input.image.content)
				: before.imageId;
		const after = await saveRow(tx, newsPost, id, {
			...columnsOf(input),
			imageAlt: imageId ? input.imageAlt : '',
			imageId
		});
		await writeTags(tx, id, tags);
		await recordAudit(tx, ctx.actor, {
			entity: 'news_post',
			entityId: id,
			kind: 'update',
			before,
			after: { ...after, tags: { ...input, image: undefined, actionIds } }
		});
		return after;
	});
}

async function changeState(
	ctx: Ctx,
	id: number,
	version: number,
	kind: string,
	change: (before: NewsPost) => Partial<NewsPost>
) {
	allow(ctx, canManageNews);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, newsPost, eq(newsPost.id, id), 'news_post', version);
		const after = await saveRow(tx, newsPost, id, change(before));
		await recordAudit(tx, ctx.actor, {
			entity: 'news_post',
			entityId: id,
			kind,
			before: { status: before.status, publishAt: before.publishAt },
			after: {
				status: after.status,
				publishAt: after.publishAt,
				publishedAt: after.publishedAt,
				withdrawnNote: after.withdrawnNote
			}
		});
		return after;
	});
}

/** Schedules a draft (or moves a scheduled post) to a time in Norway that has not yet come. */
export async function scheduleNewsPost(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageNews);
	const input = parseInput(newsScheduleInput, raw);
	const at = osloInstant(input.date, input.time);
	return changeState(ctx, input.id, input.version, 'schedule', (before) => {
		if (!['draft', 'scheduled'].includes(before.status))
			throw new ValidationError({ date: 'news_error_schedule_state' });
		if (at.getTime() <= Date.now()) throw new ValidationError({ date: 'news_error_schedule_past' });
		return { status: 'scheduled', publishAt: at };
	});
}

/** Publishes a draft or a scheduled post now. */
export async function publishNewsPost(ctx: Ctx, raw: unknown) {
	const { id, version } = parseInput(versionedRef, raw);
	return changeState(ctx, id, version, 'publish', (before) => {
		if (!['draft', 'scheduled'].includes(before.status))
			throw new ValidationError({ _form: 'news_error_publish_state' });
		return { status: 'published', publishAt: null, publishedAt: sql`now()` as unknown as Date };
	});
}

/** Takes a scheduled post back to a draft. */
export async function unscheduleNewsPost(ctx: Ctx, raw: unknown) {
	const { id, version } = parseInput(versionedRef, raw);
	return changeState(ctx, id, version, 'unschedule', (before) => {
		if (before.status !== 'scheduled') throw new ValidationError({ _form: 'error_invalid' });
		return { status: 'draft', publishAt: null };
	});
}

/** Withdraws a published post: its address then shows the note instead of the post. */
export async function withdrawNewsPost(ctx: Ctx, raw: unknown) {
	const input = parseInput(newsWithdrawInput, raw);
	return changeState(ctx, input.id, input.version, 'withdraw', (before) => {
		if (before.status !== 'published')
			throw new ValidationError({ note: 'news_error_withdraw_state' });
		return {
			status: 'withdrawn',
			withdrawnAt: sql`now()` as unknown as Date,
			withdrawnNote: input.note
		};
	});
}

/**
 * Publishes every scheduled post whose time has come, once: the one statement moves each row
 * from `scheduled` to `published`, so of two workers running at once only one sees a row change,
 * and only that one writes its audit event.
 */
export async function publishDuePosts(db: Db) {
	return db.transaction(async (tx) => {
		const published = await tx
			.update(newsPost)
			.set({
				status: 'published',
				publishedAt: sql`${newsPost.publishAt}`,
				version: sql`${newsPost.version} + 1`,
				updatedAt: sql`clock_timestamp()`
			})
			.where(and(eq(newsPost.status, 'scheduled'), lte(newsPost.publishAt, sql`now()`)))
			.returning({ id: newsPost.id, slug: newsPost.slug, publishedAt: newsPost.publishedAt });
		for (const post of published)
			await recordAudit(tx, null, {
				entity: 'news_post',
				entityId: post.id,
				kind: 'publish_scheduled',
				after: post
			});
		return published;
	});
}
