// The one search: PostgreSQL's full-text search with the Norwegian configuration, over the entries
// of the audiences the asker belongs to (the public reads public entries only), ranked, with the
// matching words marked in an excerpt, filtered by kind, year, theme and matter.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { searchInput, searchQuery } from '../../schemas/search.ts';
import { searchAudiences, type SearchAudience, type SearchKind } from '../../schemas/values.ts';
import { isStaff } from '../core/access.ts';
import { GenerationCache, perGeneration } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { searchEntry } from './schema.ts';
import { themeChoices } from '../strategy/queries.ts';
import { matterChoices } from '../matters/view.ts';

export const SEARCH_PAGE = 20;
/** Matches are counted up to this many; more are "over 1 000". */
export const COUNT_CAP = 1_000;
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

async function runIn(
	db: Tx,
	ctx: Ctx,
	text: string,
	filter: Filter,
	page: { limit: number; offset: number }
) {
	// The query is parsed once, with its title-only twin (every word asked for in the title,
	// weight A); both come back as text and go into the next statements as typed parameters, so
	// no plan parses them again for every row. The same statement sets how the rest are planned:
	// for their own query, since a prepared statement's generic plan cannot tell a rare word from a
	// common one and would read every match of a common word where the date index finds the newest
	// in a moment; and never by reading the whole table, which the planner picks for a count with a
	// limit, and which is the dearest plan when many search at once.
	const [parsed] = await db
		.select({
			plans: sql`set_config('plan_cache_mode', 'force_custom_plan', true)`,
			scans: sql`set_config('enable_seqscan', 'off', true)`,
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
	// Counting stops at COUNT_CAP + 1 matches: a search with more says "over 1 000", and its
	// kinds are those of the matches counted. So a word in every tenth entry costs what a rare one does.
	const countOf = async (condition: SQL | undefined) => {
		const counted = db
			.select({ kind: searchEntry.kind })
			.from(searchEntry)
			.where(condition)
			.limit(COUNT_CAP + 1)
			.as('counted');
		return db
			.select({ kind: counted.kind, n: sql<number>`count(*)::int` })
			.from(counted)
			.groupBy(counted.kind)
			.orderBy(asc(counted.kind));
	};
	const counts = await countOf(common);
	const where = and(common, filter.kind ? eq(searchEntry.kind, filter.kind) : undefined);
	const counted = counts.reduce((sum, c) => sum + c.n, 0);
	const capped = counted > COUNT_CAP;
	const total = !filter.kind
		? counted
		: capped
			? (await countOf(where)).reduce((sum, c) => sum + c.n, 0)
			: (counts.find((c) => c.kind === filter.kind)?.n ?? 0);

	// Ordered by where the words are, then by date: the matches in a title first, newest first, then
	// the matches in the text. Each part is read newest first with a limit, which a date index can
	// answer for a common word without reading every match. (ts_rank over every match cost more than
	// the rest of the search together.)
	const inTitle = sql`${searchEntry.words} @@ ${parsed.qa}::tsquery`;
	const wanted = page.offset + page.limit;
	const part = (condition: SQL, limit: number) =>
		db
			.select({
				id: searchEntry.id,
				kind: searchEntry.kind,
				title: searchEntry.title,
				url: searchEntry.url,
				on: searchEntry.on
			})
			.from(searchEntry)
			.where(and(where, condition))
			.orderBy(sql`${searchEntry.on} desc nulls last, ${searchEntry.id} desc nulls last`)
			.limit(limit);
	// Past the counted matches there is no page to go to.
	const titled = page.offset < COUNT_CAP ? await part(inTitle, wanted) : [];
	const mentioned =
		page.offset < COUNT_CAP && titled.length < wanted
			? await part(sql`not (${inTitle})`, wanted - titled.length)
			: [];
	const hits = [...titled, ...mentioned].slice(page.offset, wanted);
	// Excerpts only for the page's hits: marking words is the dearest part of a search.
	const excerpts = hits.length
		? await db
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
	return {
		hits: hits.map((hit) => ({
			...hit,
			excerpt: markExcerpt(excerpts.find((e) => e.id === hit.id)?.excerpt ?? '')
		})),
		counts,
		total: Math.min(total, COUNT_CAP),
		capped: total > COUNT_CAP
	};
}

/** The answers to the searches last asked, until the next change (about 10 kB each). */
const answers = new GenerationCache(500);

/**
 * A search reads in one transaction: the counts and the hits see the same rows, and the settings
 * for its plans end with it. Its answer depends on the asker's audiences only, so it is kept for
 * everyone in them until the next recorded change (which also changes the entries): people repeat
 * the same few searches.
 */
function run(ctx: Ctx, text: string, filter: Filter, page: { limit: number; offset: number }) {
	const key = JSON.stringify([audiencesOf(ctx), text, filter, page]);
	return answers.get(ctx.db, key, () =>
		ctx.db.transaction((tx) => runIn(tx, ctx, text, filter, page))
	);
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

/** The themes and matters to filter by, kept until the next change as the answers are. */
function choices(ctx: Ctx) {
	return perGeneration(
		ctx.db,
		ctx.actor ? 'search-choices-inside' : 'search-choices-public',
		async () => ({
			themes: await themeChoices(ctx.db),
			matters: await matterChoices(ctx.db, ctx.actor ? 'internal' : 'public')
		})
	);
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
		capped: result.capped,
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
