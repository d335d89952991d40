import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { idRef } from '../../schemas/common.ts';
import { reachChannels } from '../../schemas/values.ts';
import { allow, canManageNews } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { csvDraft } from '../imports/schema.ts';
import { newsPost } from '../news/schema.ts';
import { mondayOf } from '../news/queries.ts';
import type { Db } from '../platform/db/client.ts';
import { addDays, osloDate } from '../shared/dates.ts';
import { readRows } from './commands.ts';
import { reachFigure } from './schema.ts';

const WEEKS = 26;

/**
 * Followers over a year for each channel: the first and the latest figure, and the change, so
 * that "a marked growth in followers" can be read at a glance.
 */
export async function followerGrowth(db: Db, today = osloDate()) {
	const since = addDays(today, -365);
	const rows = await db
		.select({ channel: reachFigure.channel, on: reachFigure.on, followers: reachFigure.followers })
		.from(reachFigure)
		.where(and(gte(reachFigure.on, since), sql`${reachFigure.followers} is not null`))
		.orderBy(asc(reachFigure.channel), asc(reachFigure.on));
	return reachChannels.flatMap((channel) => {
		const own = rows.filter((r) => r.channel === channel);
		if (own.length < 2) return [];
		const [first, last] = [own[0], own.at(-1)!];
		const change = last.followers! - first.followers!;
		return [
			{
				channel,
				from: first.on,
				to: last.on,
				first: first.followers!,
				last: last.followers!,
				change,
				percent: first.followers ? Math.round((1000 * change) / first.followers) / 10 : null
			}
		];
	});
}

/** Per week for half a year: Facebook followers (the week's last figure) and posts published. */
export async function weeklyReach(db: Db, today = osloDate()) {
	const first = addDays(mondayOf(today), -7 * (WEEKS - 1));
	const week = (column: unknown) =>
		sql<string>`to_char(date_trunc('week', ${column}), 'YYYY-MM-DD')`;
	const followers = await db
		.select({ on: reachFigure.on, followers: reachFigure.followers })
		.from(reachFigure)
		.where(
			and(
				eq(reachFigure.channel, 'facebook'),
				gte(reachFigure.on, first),
				sql`${reachFigure.followers} is not null`
			)
		)
		.orderBy(asc(reachFigure.on));
	const posts = await db
		.select({
			week: week(sql`${newsPost.publishedAt} at time zone 'Europe/Oslo'`),
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
	return Array.from({ length: WEEKS }, (_, i) => {
		const monday = addDays(first, 7 * i);
		const inWeek = followers.filter((f) => mondayOf(f.on) === monday);
		return {
			monday,
			followers: inWeek.at(-1)?.followers ?? null,
			posts: posts.find((p) => p.week === monday)?.n ?? 0
		};
	});
}

/** The reach page: growth, the weekly chart's figures, and the latest figures as recorded. */
export async function getReachPage(ctx: Ctx, today = osloDate()) {
	allow(ctx, canManageNews);
	return {
		growth: await followerGrowth(ctx.db, today),
		weeks: await weeklyReach(ctx.db, today),
		figures: await ctx.db
			.select()
			.from(reachFigure)
			.orderBy(desc(reachFigure.on), asc(reachFigure.channel))
			.limit(60),
		today
	};
}

/** An uploaded file's preview: its columns, the mapping, and every row as it would be written. */
export async function getReachImport(ctx: Ctx, input: unknown) {
	allow(ctx, canManageNews);
	const { id } = parseInput(idRef, input);
	const [draft] = await ctx.db
		.select()
		.from(csvDraft)
		.where(and(eq(csvDraft.id, id), eq(csvDraft.purpose, 'reach')));
	if (!draft) throw new NotFoundError('csv_draft');
	const rows = readRows(draft);
	return {
		draft: {
			id: draft.id,
			version: draft.version,
			fileName: draft.fileName,
			header: draft.header,
			mapping: draft.mapping,
			options: draft.options,
			importedAt: draft.importedAt,
			result: draft.result
		},
		rows: rows.slice(0, 50),
		problems: rows.filter((r) => r.errors.length).slice(0, 100),
		total: rows.length,
		bad: rows.filter((r) => r.errors.length).length
	};
}
