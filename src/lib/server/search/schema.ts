import { sql } from 'drizzle-orm';
import {
	customType,
	date,
	index,
	integer,
	pgTable,
	serial,
	smallint,
	text,
	unique
} from 'drizzle-orm/pg-core';
import { searchAudiences, searchKinds } from '../../schemas/values.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One thing as one audience finds it: its title and text as that audience may read them (an exempt
 * case's public entry holds its number, title and legal basis only), where to read it, and the
 * words PostgreSQL's Norwegian configuration makes of them, the title weighing most.
 */
export const searchEntry = pgTable(
	'search_entry',
	{
		id: serial('id').primaryKey(),
		kind: text('kind', { enum: searchKinds }).notNull(),
		entityId: integer('entity_id').notNull(),
		audience: text('audience', { enum: searchAudiences }).notNull(),
		title: text('title').notNull(),
		body: text('body').notNull().default(''),
		url: text('url').notNull(),
		on: date('on'),
		year: smallint('year'),
		themeIds: integer('theme_ids')
			.array()
			.notNull()
			.default(sql`'{}'::integer[]`),
		matterIds: integer('matter_ids')
			.array()
			.notNull()
			.default(sql`'{}'::integer[]`),
		words: tsvector('words')
			.notNull()
			.generatedAlwaysAs(
				sql`setweight(to_tsvector('norwegian', title), 'A') || setweight(to_tsvector('norwegian', left(body, 100000)), 'B')`
			)
	},
	// One index of words for the public and one for those logged in, so that a search reads only
	// its audience's entries and needs no second index to tell them apart. New entries go straight
	// into them (no `fastupdate`): a list of pending entries would be read through by every search
	// until it is merged (4 ms of a common word's 5 at the benchmark's scale), and a change writes
	// only a few entries.
	(t) => [
		unique().on(t.kind, t.entityId, t.audience),
		index('search_entry_public_words_idx')
			.using('gin', t.words)
			.with({ fastupdate: false })
			.where(sql`${t.audience} = 'public'`),
		index('search_entry_inside_words_idx')
			.using('gin', t.words)
			.with({ fastupdate: false })
			.where(sql`${t.audience} in ('workspace', 'staff')`),
		// Newest first, per audience: a common word's newest matches are read down this index.
		index('search_entry_public_on_idx')
			.on(t.on.desc().nullsLast(), t.id.desc())
			.where(sql`${t.audience} = 'public'`),
		index('search_entry_inside_on_idx')
			.on(t.on.desc().nullsLast(), t.id.desc())
			.where(sql`${t.audience} in ('workspace', 'staff')`)
	]
);
