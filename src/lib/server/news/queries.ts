import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { idRef, pageOffset } from '../../schemas/common.ts';
import { newsImageRef } from '../../schemas/news.ts';
import { newsStatuses } from '../../schemas/values.ts';
import { allow, canManageNews, canUseWorkspace } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import type { Db } from '../platform/db/client.ts';
import { addDays, osloDate } from '../shared/dates.ts';
import type { FileReply } from '../shared/files.ts';
import { statementChoices } from '../statements/queries.ts';
import { imageReply } from './public.ts';
import { newsPost } from './schema.ts';
import { queryPosts, readImage, readPost, tagsOf } from './view.ts';
import { themeChoices } from '../strategy/queries.ts';
import { matterChoices } from '../matters/view.ts';

const PAGE = 25;
const listFilter = z.object({
	status: z.enum(newsStatuses).optional().catch(undefined),
	offset: pageOffset
});

/**
 * The workspace's list: the secretariat sees every post, drafts and scheduled ones first; a
 * partner sees the published ones, to share them.
 */
export async function getNewsAdminPage(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { status, offset } = parseInput(listFilter, input);
	const manage = canManageNews(ctx.actor);
	const list = await queryPosts(
		ctx.db,
		manage ? 'internal' : 'public',
		{ status: manage ? status : undefined },
		{ limit: PAGE, offset }
	);
	return { ...list, status, limit: PAGE, offset, canManage: manage };
}

export async function newsFormOptions(ctx: Ctx) {
	return {
		themes: await themeChoices(ctx.db),
		matters: await matterChoices(ctx.db, 'internal'),
		statements: await statementChoices(ctx)
	};
}

/** The form for a new post, with the secretariat as the byline. */
export async function newNewsForm(ctx: Ctx) {
	allow(ctx, canManageNews);
	return { options: await newsFormOptions(ctx) };
}

/** One post in the workspace: its text and tags for the form, its state, and what can be done. */
export async function getNewsEditPage(ctx: Ctx, input: unknown) {
	allow(ctx, canManageNews);
	const { id } = parseInput(idRef, input);
	const [row] = await ctx.db
		.select({ slug: newsPost.slug })
		.from(newsPost)
		.where(eq(newsPost.id, id));
	if (!row) throw new NotFoundError('news_post');
	const found = await readPost(ctx.db, 'internal', row.slug);
	if (!found || found.withdrawn) throw new NotFoundError('news_post');
	const tags = await tagsOf(ctx.db, [id], 'internal');
	const ids = (kind: string) => tags.filter((t) => t.kind === kind).map((t) => t.id);
	return {
		...found,
		values: {
			...found.post,
			themeIds: ids('theme'),
			matterIds: ids('matter'),
			statementIds: ids('statement'),
			actionCodes: tags.filter((t) => t.kind === 'action').map((t) => t.key)
		},
		options: await newsFormOptions(ctx),
		today: osloDate()
	};
}

/** A picture in the workspace, of a draft too, for those logged in. */
export async function getWorkspaceNewsImage(ctx: Ctx, input: unknown): Promise<FileReply> {
	allow(ctx, canUseWorkspace);
	const { file } = parseInput(newsImageRef, input);
	const row = await readImage(ctx.db, 'internal', file);
	if (!row) throw new NotFoundError('image');
	return { ...imageReply(row.content, file), cache: 'private, max-age=3600' };
}

/** The Monday (an ISO date) of the week a date lies in. */
export function mondayOf(iso: string): string {
	const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
	return addDays(iso, -((day + 6) % 7));
}

/** Posts published per week for the last 12 weeks, the goal being at least one a week. */
export async function newsRhythm(db: Db, today = osloDate()) {
	const thisMonday = mondayOf(today);
	const first = addDays(thisMonday, -7 * 11);
	const rows = await db
		.select({
			week: sql<string>`to_char(date_trunc('week', ${newsPost.publishedAt} at time zone 'Europe/Oslo'), 'YYYY-MM-DD')`,
			n: sql<number>`count(*)::int`
		})
		.from(newsPost)
		.where(
			and(
				inArray(newsPost.status, ['published', 'withdrawn']),
				gte(newsPost.publishedAt, sql`(${first}::date)::timestamp at time zone 'Europe/Oslo'`)
			)
		)
		.groupBy(sql`1`);
	const [{ scheduled }] = await db
		.select({ scheduled: sql<number>`count(*)::int` })
		.from(newsPost)
		.where(
			and(
				eq(newsPost.status, 'scheduled'),
				sql`${newsPost.publishAt} < ((${addDays(thisMonday, 7)}::date)::timestamp at time zone 'Europe/Oslo')`
			)
		);
	const weeks = Array.from({ length: 12 }, (_, i) => {
		const monday = addDays(first, 7 * i);
		return { monday, n: rows.find((r) => r.week === monday)?.n ?? 0 };
	});
	return {
		weeks,
		goal: 1,
		scheduledThisWeek: scheduled,
		met: weeks.filter((w) => w.n >= 1).length
	};
}
