import { and, eq, sql } from 'drizzle-orm';
import {
	reachConfirmInput,
	reachFileInput,
	reachInput,
	reachMappingInput
} from '../../schemas/reach.ts';
import type { ReachChannel } from '../../schemas/values.ts';
import { parseDueDate } from '../actions/import-values.ts';
import { allow, canManageNews } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { guessMapping, parseCount, readCsv } from '../imports/csv.ts';
import { csvDraft, type CsvDraft } from '../imports/schema.ts';
import { normalise } from '../actions/import-values.ts';
import { reachFigure } from './schema.ts';

/** The names people give the columns of a follower export, by field. */
const FIELD_NAMES: Record<string, string[]> = {
	on: ['dato', 'date', 'dag', 'day', 'tidspunkt', 'måned', 'month', 'periode', 'period'],
	followers: [
		'følgere',
		'antall følgere',
		'followers',
		'total followers',
		'sidefølgere',
		'page followers',
		'page likes',
		'liker siden'
	],
	reach: [
		'rekkevidde',
		'reach',
		'post reach',
		'innleggsrekkevidde',
		'nådde',
		'visninger',
		'impressions'
	],
	channel: ['kanal', 'channel', 'plattform', 'platform', 'nettverk', 'network']
};

const channelWords: Record<string, ReachChannel> = {
	facebook: 'facebook',
	fb: 'facebook',
	linkedin: 'linkedin',
	instagram: 'instagram',
	ig: 'instagram',
	nettsted: 'website',
	nettside: 'website',
	website: 'website',
	web: 'website'
};

interface Row {
	line: number;
	on?: string;
	channel?: ReachChannel;
	followers: number | null;
	reach: number | null;
	errors: { field: string; value: string }[];
}

/** Upserts one figure; the audit trail keeps what was there before. */
async function writeFigure(
	tx: Tx,
	ctx: Ctx,
	figure: { on: string; channel: ReachChannel; followers: number | null; reach: number | null },
	source: 'manual' | 'import'
) {
	const [before] = await tx
		.select()
		.from(reachFigure)
		.where(and(eq(reachFigure.on, figure.on), eq(reachFigure.channel, figure.channel)));
	const [after] = await tx
		.insert(reachFigure)
		.values({ ...figure, source, recordedBy: ctx.actor?.id ?? null })
		.onConflictDoUpdate({
			target: [reachFigure.on, reachFigure.channel],
			set: {
				followers: figure.followers,
				reach: figure.reach,
				source,
				recordedBy: ctx.actor?.id ?? null,
				recordedAt: sql`now()`
			}
		})
		.returning();
	return { before: before ?? null, after };
}

/** A figure typed in by the secretariat; a second for the same day and channel corrects the first. */
export async function recordReach(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageNews);
	const input = parseInput(reachInput, raw);
	return ctx.db.transaction(async (tx) => {
		const { before, after } = await writeFigure(tx, ctx, input, 'manual');
		await recordAudit(tx, ctx.actor, {
			entity: 'reach_figure',
			entityId: after.id,
			kind: before ? 'update' : 'create',
			before,
			after
		});
		return after;
	});
}

/** An uploaded CSV file becomes a draft, its columns matched to the fields by their names. */
export async function startReachImport(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageNews);
	const { file } = parseInput(reachFileInput, raw);
	const table = readCsv(file.content);
	const [row] = await ctx.db
		.insert(csvDraft)
		.values({
			purpose: 'reach',
			fileName: file.name.split(/[\\/]/).pop()!.slice(0, 200),
			header: table.header,
			rows: table.rows,
			mapping: guessMapping(table.header, FIELD_NAMES),
			createdBy: ctx.actor?.id ?? null
		})
		.returning({ id: csvDraft.id });
	return row;
}

async function loadDraft(tx: Tx, id: number, version?: number) {
	const draft = await lockRow(
		tx,
		csvDraft,
		and(eq(csvDraft.id, id), eq(csvDraft.purpose, 'reach')),
		'csv_draft',
		version
	);
	if (draft.importedAt) throw new ValidationError({ _form: 'csv_error_imported' });
	return draft;
}

/** Sets which column holds which field, and the channel when no column says it. */
export async function mapReachImport(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageNews);
	const input = parseInput(reachMappingInput, raw);
	return ctx.db.transaction(async (tx) => {
		const draft = await loadDraft(tx, input.id, input.version);
		const width = draft.header.length;
		const inRange = (index: number | null) => (index !== null && index < width ? index : null);
		return saveRow(tx, csvDraft, draft.id, {
			mapping: {
				on: inRange(input.on),
				followers: inRange(input.followers),
				reach: inRange(input.reach),
				channel: inRange(input.channel)
			},
			options: input.defaultChannel ? { channel: input.defaultChannel } : {}
		});
	});
}

/** Every row read as the mapping says, with what could not be read, row by row. */
export function readRows(draft: Pick<CsvDraft, 'rows' | 'mapping' | 'options'>): Row[] {
	const cell = (row: string[], field: string) => {
		const index = draft.mapping[field];
		return index === null || index === undefined ? '' : (row[index] ?? '');
	};
	const fixed = draft.options.channel as ReachChannel | undefined;
	const seen = new Map<string, number>();
	return draft.rows.map((row, i) => {
		const line = i + 2;
		const errors: Row['errors'] = [];
		const date = parseDueDate({ text: cell(row, 'on') });
		const on = date.ok && date.value ? date.value : undefined;
		if (!on) errors.push({ field: 'on', value: cell(row, 'on') });
		const named = cell(row, 'channel');
		const channel = named ? channelWords[normalise(named)] : fixed;
		if (!channel) errors.push({ field: 'channel', value: named });
		const count = (field: 'followers' | 'reach') => {
			const value = parseCount(cell(row, field));
			if (value === undefined) errors.push({ field, value: cell(row, field) });
			return value ?? null;
		};
		const followers = count('followers');
		const reach = count('reach');
		if (followers === null && reach === null && !errors.some((e) => e.field !== 'on'))
			errors.push({ field: 'followers', value: '' });
		const key = `${on}:${channel}`;
		if (on && channel && seen.has(key))
			errors.push({ field: 'duplicate', value: String(seen.get(key)) });
		if (on && channel) seen.set(key, line);
		return { line, on, channel, followers, reach, errors };
	});
}

/** Writes every row of the draft, or none: one row that cannot be read stops the whole. */
export async function confirmReachImport(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageNews);
	const input = parseInput(reachConfirmInput, raw);
	return ctx.db.transaction(async (tx) => {
		const draft = await loadDraft(tx, input.id, input.version);
		if (draft.mapping.on === null) throw new ValidationError({ on: 'reach_error_map_date' });
		const rows = readRows(draft);
		const bad = rows.filter((r) => r.errors.length);
		if (bad.length) throw new ValidationError({ _form: 'reach_error_rows' });
		let added = 0;
		let changed = 0;
		for (const row of rows) {
			const { before } = await writeFigure(
				tx,
				ctx,
				{ on: row.on!, channel: row.channel!, followers: row.followers, reach: row.reach },
				'import'
			);
			if (before) changed++;
			else added++;
		}
		const result = { added, changed };
		await saveRow(tx, csvDraft, draft.id, { importedAt: new Date(), result });
		await recordAudit(tx, ctx.actor, {
			entity: 'reach_figure',
			entityId: `import-${draft.id}`,
			kind: 'import',
			after: { fileName: draft.fileName, ...result }
		});
		return { id: draft.id, ...result };
	});
}
