// The one search: PostgreSQL's full-text search with the Norwegian configuration, over the entries
// of the audiences the asker belongs to (the public reads public entries only), ranked, with the
// matching words marked in an excerpt, filtered by kind, year, theme and matter.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { searchInput, searchQuery } from '../../schemas/search.ts';
import { searchAudiences, type SearchAudience, type SearchKind } from '../../schemas/values.ts';
import { isStaff } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { matter } from '../matters/schema.ts';
import { theme } from '../strategy/schema.ts';
import { searchEntry } from './schema.ts';

export const SEARCH_PAGE = 20;
const START = '\u0001';
const STOP = '\u0002';

/** Who may read what: the public its entries, users the workspace's, the secretariat its own too. */
export function audiencesOf(ctx: Ctx): SearchAudience[] {
	if (!ctx.actor) return ['public'];
	return isStaff(ctx.actor) ? ['workspace', 'staff'] : ['workspace'];
}

/**
 * The audiences as literals, not parameters: the planner then knows which partial index of words
 * (the public's, or the one for those logged in) holds them, in every plan it keeps.
 */
function audienceIn(audiences: SearchAudience[]): SQL {
	const known = audiences.filter((a) => (searchAudiences as readonly string[]).includes(a));
	return sql`${searchEntry.audience} in (${sql.raw(known.map((a) => `'${a}'`).join(', '))})`;
}

/** An excerpt with the matching words marked, every other character escaped. */
export function markExcerpt(text: string): string {
	const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	return escaped
		.replaceAll(START, '<mark>')
		.replaceAll(STOP, '</mark>')
		.replace(/\s+/g, ' ')
		.trim();
}

interface Filter {
	kind?: SearchKind;
	year?: number;
	theme?: number;
	matter?: number;
}

async function run(
	ctx: Ctx,
	text: string,
	filter: Filter,
	page: { limit: number; offset: number }
) {
	// The query is parsed once, with its title-only twin (every word asked for in the title,
	// weight A); both come back as text and go into the next statements as typed parameters, so
	// no plan parses them again for every row.
	const [parsed] = await ctx.db
		.select({
			words: sql<number>`numnode(q)`,
			q: sql<string>`q::text`,
			qa: sql<string>`regexp_replace(q::text, '(''(?:[^'']|'''')*'')', '\\1:A', 'g')`
		})
		.from(sql`websearch_to_tsquery('norwegian', ${text}) as q`);
	if (!parsed.words) throw new ValidationError({ q: 'search_error_no_words' });
	const query = sql`${parsed.q}::tsquery`;
	const common = and(
		audienceIn(audiencesOf(ctx)),
		sql`${searchEntry.words} @@ ${query}`,
		filter.year ? eq(searchEntry.year, filter.year) : undefined,
		filter.theme ? sql`${filter.theme} = any(${searchEntry.themeIds})` : undefined,
		filter.matter ? sql`${filter.matter} = any(${searchEntry.matterIds})` : undefined
	) as SQL;
	const counts = await ctx.db
		.select({ kind: searchEntry.kind, n: sql<number>`count(*)::int` })
		.from(searchEntry)
		.where(common)
		.groupBy(searchEntry.kind)
		.orderBy(asc(searchEntry.kind));
	const where = and(common, filter.kind ? eq(searchEntry.kind, filter.kind) : undefined);
	// Ranked by where the words are, then by date: a match in the title before one in the text,
	// the newest first. (ts_rank over every match cost more than the rest of the search together.)
	const inTitle = sql<boolean>`${searchEntry.words} @@ ${parsed.qa}::tsquery`;
	const hits = await ctx.db
		.select({
			id: searchEntry.id,
			kind: searchEntry.kind,
			title: searchEntry.title,
			url: searchEntry.url,
			on: searchEntry.on
		})
		.from(searchEntry)
		.where(where)
		.orderBy(desc(inTitle), sql`${searchEntry.on} desc nulls last`, desc(searchEntry.id))
		.limit(page.limit)
		.offset(page.offset);
	// Excerpts only for the page's hits: marking words is the dearest part of a search.
	const excerpts = hits.length
		? await ctx.db
				.select({
					id: searchEntry.id,
					excerpt: sql<string>`ts_headline('norwegian', left(${searchEntry.body}, 20000), ${query}, ${`StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`})`
				})
				.from(searchEntry)
				.where(
					inArray(
						searchEntry.id,
						hits.map((h) => h.id)
					)
				)
		: [];
	const total = filter.kind
		? (counts.find((c) => c.kind === filter.kind)?.n ?? 0)
		: counts.reduce((sum, c) => sum + c.n, 0);
	return {
		hits: hits.map((hit) => ({
			...hit,
			excerpt: markExcerpt(excerpts.find((e) => e.id === hit.id)?.excerpt ?? '')
		})),
		counts,
		total
	};
}

/**
 * The search page: the hits, the count by kind, and the filters' choices. A search that cannot be
 * run (too long, no words) says why next to the field and keeps what was typed.
 */
export async function getSearchPage(ctx: Ctx, input: unknown) {
	const raw = (input ?? {}) as Record<string, unknown>;
	const typed = typeof raw.q === 'string' ? raw.q.slice(0, 1_000) : '';
	const base = { choices: await choices(ctx), limit: SEARCH_PAGE, offset: 0, errors: {} };
	if (typed.trim() === '') return { ...base, result: null, filter: { q: '' } };
	try {
		const { q, type, ar, tema, sak, offset } = parseInput(searchInput, input);
		const result = await run(
			ctx,
			q,
			{ kind: type, year: ar, theme: tema, matter: sak },
			{ limit: SEARCH_PAGE, offset }
		);
		return { ...base, result: { q, ...result }, filter: { q, type, ar, tema, sak }, offset };
	} catch (error) {
		if (!(error instanceof ValidationError)) throw error;
		return { ...base, result: null, filter: { q: typed }, errors: error.fields };
	}
}

async function choices(ctx: Ctx) {
	return {
		themes: await ctx.db
			.select({ value: theme.id, label: theme.name })
			.from(theme)
			.orderBy(asc(theme.sortOrder)),
		matters: await ctx.db
			.select({ value: matter.id, label: matter.title })
			.from(matter)
			.where(ctx.actor ? undefined : eq(matter.isPublic, true))
			.orderBy(asc(matter.title))
	};
}

/** `/api/v1/search`: the public's search as JSON. */
export async function apiSearch(ctx: Ctx, input: unknown) {
	const {
		q,
		type,
		year,
		theme: themeId,
		matter: matterId,
		limit,
		offset
	} = parseInput(searchQuery, input);
	const publicCtx = { ...ctx, actor: null };
	const result = await run(
		publicCtx,
		q,
		{ kind: type, year, theme: themeId, matter: matterId },
		{ limit, offset }
	);
	return {
		q,
		total: result.total,
		counts: Object.fromEntries(result.counts.map((c) => [c.kind, c.n])),
		limit,
		offset,
		items: result.hits.map((h) => ({
			kind: h.kind,
			title: h.title,
			date: h.on,
			excerpt: h.excerpt,
			url: new URL(h.url, ctx.origin).href
		}))
	};
}
