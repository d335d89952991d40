import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { versionedRef } from '../../schemas/common.ts';
import {
	decimal,
	indicatorFileInput,
	indicatorInput,
	indicatorRemoveInput,
	indicatorTargetInput,
	indicatorTargetRemoveInput,
	indicatorValueInput,
	indicatorConfirmInput as confirmInput,
	indicatorMappingInput as mappingInput,
	type IndicatorInput
} from '../../schemas/indicator.ts';
import { findActionIds } from '../actions/queries.ts';
import { allow, canManageKnowledge } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { guessMapping, readCsv } from '../imports/csv.ts';
import { csvDraft, type CsvDraft } from '../imports/schema.ts';
import { organisation } from '../partners/schema.ts';
import type { Db } from '../platform/db/client.ts';
import { uniqueSlug } from '../shared/slugs.ts';
import { goal } from '../strategy/schema.ts';
import { PARTNERSHIP_CODES, readJsonStat, type Figure } from './jsonstat.ts';
import { periodStart } from '../../periods.ts';
import {
	indicator,
	indicatorImport,
	indicatorLink,
	indicatorTarget,
	indicatorValue
} from './schema.ts';

const COLUMNS = ['period', 'place', 'placeName', 'series', 'value', 'source'] as const;
/** The names people give an indicator file's columns. */
const FIELD_NAMES: Record<string, string[]> = {
	period: ['periode', 'period', 'år', 'year', 'tid', 'time', 'dato', 'date', 'kvartal', 'måned'],
	place: ['sted', 'place', 'kode', 'code', 'region', 'kommunenummer', 'kommunenr', 'geografi'],
	placeName: ['stedsnavn', 'navn', 'name', 'kommune', 'place name'],
	series: ['serie', 'series', 'reisemiddel', 'kategori', 'category', 'gruppe'],
	value: ['verdi', 'value', 'antall', 'count', 'tall', 'andel', 'share'],
	source: ['kilde', 'source']
};

async function checkLinks(tx: Tx, input: IndicatorInput) {
	const errors: Record<string, string> = {};
	const actionIds = await findActionIds(tx, input.actionCodes);
	if (!actionIds) errors.actionCodes = 'hearing_error_action_codes';
	if (input.goalIds.length) {
		const found = await tx
			.select({ id: goal.id })
			.from(goal)
			.where(inArray(goal.id, input.goalIds));
		if (found.length !== new Set(input.goalIds).size) errors.goalIds = 'error_choice';
	}
	if (Object.keys(errors).length) throw new ValidationError(errors);
	return actionIds ?? [];
}

async function writeLinks(tx: Tx, id: number, input: IndicatorInput, actionIds: number[]) {
	await tx.delete(indicatorLink).where(eq(indicatorLink.indicatorId, id));
	const rows = [
		...[...new Set(input.goalIds)].map((targetId) => ({ kind: 'goal' as const, targetId })),
		...[...new Set(actionIds)].map((targetId) => ({ kind: 'action' as const, targetId }))
	].map((row) => ({ ...row, indicatorId: id }));
	if (rows.length) await tx.insert(indicatorLink).values(rows);
}

const columnsOf = ({ goalIds: _g, actionCodes: _a, ...columns }: IndicatorInput) => columns;

export async function createIndicator(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageKnowledge);
	const input = parseInput(indicatorInput, raw);
	return ctx.db.transaction(async (tx) => {
		const actionIds = await checkLinks(tx, input);
		const taken = new Set(
			(await tx.select({ slug: indicator.slug }).from(indicator)).map((r) => r.slug)
		);
		const [row] = await tx
			.insert(indicator)
			.values({ ...columnsOf(input), slug: uniqueSlug(input.name, 'indikator', taken) })
			.returning();
		await writeLinks(tx, row.id, input, actionIds);
		await recordAudit(tx, ctx.actor, {
			entity: 'indicator',
			entityId: row.id,
			kind: 'create',
			after: { ...row, ...input }
		});
		return row;
	});
}

export async function updateIndicator(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageKnowledge);
	const { id, version } = parseInput(versionedRef, raw);
	const input = parseInput(indicatorInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, indicator, eq(indicator.id, id), 'indicator', version);
		const actionIds = await checkLinks(tx, input);
		const after = await saveRow(tx, indicator, id, columnsOf(input));
		await writeLinks(tx, id, input, actionIds);
		await recordAudit(tx, ctx.actor, {
			entity: 'indicator',
			entityId: id,
			kind: 'update',
			before,
			after: { ...after, ...input }
		});
		return after;
	});
}

/** The places a municipal indicator may have: the partnership's municipalities; null for others. */
export async function knownPlaces(db: Db | Tx, indicatorId: number) {
	const [row] = await db
		.select({ geography: indicator.geography })
		.from(indicator)
		.where(eq(indicator.id, indicatorId));
	return row?.geography === 'municipality' ? new Set<string>(PARTNERSHIP_CODES) : null;
}

/** A municipality's name by its code, for figures that give only the code. */
async function municipalityNames(tx: Tx) {
	const rows = await tx
		.select({ code: organisation.municipalityCode, name: organisation.shortName })
		.from(organisation)
		.where(isNotNull(organisation.municipalityCode));
	return new Map(rows.map((r) => [r.code!, r.name]));
}

async function upsertValues(tx: Tx, indicatorId: number, figures: (Figure & { source: string })[]) {
	const names = await municipalityNames(tx);
	let added = 0;
	let changed = 0;
	for (let i = 0; i < figures.length; i += 500) {
		const rows = figures.slice(i, i + 500).map((f) => ({
			indicatorId,
			period: f.period,
			periodStart: periodStart(f.period)!,
			place: f.place,
			placeName: f.placeName || names.get(f.place) || f.place,
			series: f.series,
			value: f.value,
			source: f.source
		}));
		const written = await tx
			.insert(indicatorValue)
			.values(rows)
			.onConflictDoUpdate({
				target: [
					indicatorValue.indicatorId,
					indicatorValue.period,
					indicatorValue.place,
					indicatorValue.series
				],
				set: {
					value: sql`excluded.value`,
					placeName: sql`excluded.place_name`,
					source: sql`excluded.source`,
					isExample: false
				}
			})
			.returning({ inserted: sql<boolean>`(xmax = 0)` });
		for (const w of written)
			if (w.inserted) added++;
			else changed++;
	}
	return { added, changed };
}

/** One figure typed in; the same period, place and series again corrects it. */
export async function recordIndicatorValue(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageKnowledge);
	const input = parseInput(indicatorValueInput, raw);
	if (!periodStart(input.period)) throw new ValidationError({ period: 'indicator_error_period' });
	return ctx.db.transaction(async (tx) => {
		const owner = await lockRow(tx, indicator, eq(indicator.id, input.id), 'indicator');
		const result = await upsertValues(tx, owner.id, [input]);
		await recordAudit(tx, ctx.actor, {
			entity: 'indicator',
			entityId: owner.id,
			kind: 'record_value',
			after: input
		});
		return result;
	});
}

export async function removeIndicatorValue(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageKnowledge);
	const input = parseInput(indicatorRemoveInput, raw);
	return ctx.db.transaction(async (tx) => {
		const [removed] = await tx
			.delete(indicatorValue)
			.where(and(eq(indicatorValue.id, input.valueId), eq(indicatorValue.indicatorId, input.id)))
			.returning();
		if (!removed) throw new NotFoundError('indicator_value');
		await recordAudit(tx, ctx.actor, {
			entity: 'indicator',
			entityId: input.id,
			kind: 'remove_value',
			before: removed
		});
	});
}

/** A target; a target date before its base period is refused. */
export async function addIndicatorTarget(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageKnowledge);
	const input = parseInput(indicatorTargetInput, raw);
	const base = input.basePeriod ? periodStart(input.basePeriod) : null;
	if (input.basePeriod && !base)
		throw new ValidationError({ basePeriod: 'indicator_error_period' });
	if (base && input.dueOn <= base)
		throw new ValidationError({ dueOn: 'indicator_error_target_order' });
	return ctx.db.transaction(async (tx) => {
		const owner = await lockRow(tx, indicator, eq(indicator.id, input.id), 'indicator');
		const { id: _id, ...columns } = input;
		const [row] = await tx
			.insert(indicatorTarget)
			.values({ ...columns, indicatorId: owner.id })
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'indicator',
			entityId: owner.id,
			kind: 'add_target',
			after: row
		});
		return row;
	});
}

export async function removeIndicatorTarget(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageKnowledge);
	const input = parseInput(indicatorTargetRemoveInput, raw);
	return ctx.db.transaction(async (tx) => {
		const [removed] = await tx
			.delete(indicatorTarget)
			.where(and(eq(indicatorTarget.id, input.targetId), eq(indicatorTarget.indicatorId, input.id)))
			.returning();
		if (!removed) throw new NotFoundError('indicator_target');
		await recordAudit(tx, ctx.actor, {
			entity: 'indicator',
			entityId: input.id,
			kind: 'remove_target',
			before: removed
		});
	});
}

/**
 * An uploaded file becomes a draft to preview: JSON-stat from Statistics Norway for an indicator
 * with an SSB table (read by the table's profile), or CSV for any (columns matched by name).
 */
export async function startIndicatorImport(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageKnowledge);
	const { id, file } = parseInput(indicatorFileInput, raw);
	const [owner] = await ctx.db.select().from(indicator).where(eq(indicator.id, id));
	if (!owner) throw new NotFoundError('indicator');
	const json = /\.json$/i.test(file.name) || file.content[0] === 0x7b;
	let header: string[];
	let rows: string[][];
	let mapping: Record<string, number | null>;
	if (json) {
		if (!owner.ssbTable) throw new ValidationError({ file: 'jsonstat_error_table' });
		const figures = readJsonStat(file.content, owner.ssbTable);
		header = [...COLUMNS];
		rows = figures.map((f) => [
			f.period,
			f.place,
			f.placeName,
			f.series,
			String(f.value),
			`SSB, tabell ${owner.ssbTable}`
		]);
		mapping = Object.fromEntries(COLUMNS.map((c, i) => [c, i]));
	} else {
		({ header, rows } = readCsv(file.content));
		mapping = guessMapping(header, FIELD_NAMES);
	}
	const [draft] = await ctx.db
		.insert(csvDraft)
		.values({
			purpose: `indicator:${owner.id}`,
			fileName: file.name.split(/[\\/]/).pop()!.slice(0, 200),
			header,
			rows,
			mapping,
			options: { kind: json ? 'jsonstat' : 'csv' },
			createdBy: ctx.actor?.id ?? null
		})
		.returning({ id: csvDraft.id });
	return { id: owner.id, draftId: draft.id };
}

export interface IndicatorRow {
	line: number;
	figure: (Figure & { source: string }) | null;
	errors: { field: string; value: string }[];
}

/**
 * The draft's rows as they would be written, each with what could not be read. `places`, where
 * given, are the places the indicator knows (a municipality's code, or two joined by `>`).
 */
export function readIndicatorRows(
	draft: Pick<CsvDraft, 'rows' | 'mapping'>,
	places: ReadonlySet<string> | null = null
): IndicatorRow[] {
	const cell = (row: string[], field: string) => {
		const index = draft.mapping[field];
		return index === null || index === undefined ? '' : (row[index] ?? '').trim();
	};
	const seen = new Map<string, number>();
	return draft.rows.map((row, i) => {
		const line = i + 2;
		const errors: IndicatorRow['errors'] = [];
		const period = cell(row, 'period');
		if (!periodStart(period)) errors.push({ field: 'period', value: period });
		const place = cell(row, 'place') || cell(row, 'placeName');
		const known = (code: string) => places === null || code.split('>').every((c) => places.has(c));
		if (!place || place.length > 40 || !known(place)) errors.push({ field: 'place', value: place });
		const parsed = decimal.safeParse(cell(row, 'value'));
		if (!parsed.success || cell(row, 'value') === '')
			errors.push({ field: 'value', value: cell(row, 'value') });
		const series = cell(row, 'series').slice(0, 60);
		const key = `${period}|${place}|${series}`;
		if (!errors.length && seen.has(key))
			errors.push({ field: 'duplicate', value: String(seen.get(key)) });
		if (!errors.length) seen.set(key, line);
		return {
			line,
			errors,
			figure: errors.length
				? null
				: {
						period,
						place,
						placeName: cell(row, 'placeName').slice(0, 120),
						series,
						value: parsed.data!,
						source: cell(row, 'source').slice(0, 300)
					}
		};
	});
}

async function loadDraft(tx: Tx, id: number, draftId: number, version?: number) {
	const draft = await lockRow(
		tx,
		csvDraft,
		and(eq(csvDraft.id, draftId), eq(csvDraft.purpose, `indicator:${id}`)),
		'csv_draft',
		version
	);
	if (draft.importedAt) throw new ValidationError({ _form: 'csv_error_imported' });
	return draft;
}

/** Which column holds which field, for a CSV draft. */
export async function mapIndicatorImport(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageKnowledge);
	const input = parseInput(mappingInput, raw);
	return ctx.db.transaction(async (tx) => {
		const draft = await loadDraft(tx, input.id, input.draftId, input.version);
		const width = draft.header.length;
		const mapping = Object.fromEntries(
			COLUMNS.map((c) => {
				const index = input[c];
				return [c, index !== null && index < width ? index : null];
			})
		);
		return saveRow(tx, csvDraft, draft.id, { mapping });
	});
}

/** Writes every row of the draft or none, and records the import. */
export async function confirmIndicatorImport(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageKnowledge);
	const input = parseInput(confirmInput, raw);
	return ctx.db.transaction(async (tx) => {
		const draft = await loadDraft(tx, input.id, input.draftId, input.version);
		const rows = readIndicatorRows(draft);
		if (rows.some((r) => r.errors.length))
			throw new ValidationError({ _form: 'indicator_error_rows' });
		const result = await upsertValues(
			tx,
			input.id,
			rows.map((r) => r.figure!)
		);
		await saveRow(tx, csvDraft, draft.id, { importedAt: new Date(), result });
		const kind = draft.options.kind === 'jsonstat' ? 'jsonstat' : 'csv';
		await tx.insert(indicatorImport).values({
			indicatorId: input.id,
			kind,
			status: 'ok',
			rows: rows.length,
			finishedAt: new Date(),
			message: draft.fileName
		});
		await recordAudit(tx, ctx.actor, {
			entity: 'indicator',
			entityId: input.id,
			kind: 'import',
			after: { fileName: draft.fileName, kind, ...result }
		});
		return { id: input.id, draftId: draft.id, ...result };
	});
}

/** For the scheduled import: writes a table's figures, as a file's would be, and records the run. */
export async function writeFigures(
	db: Db,
	indicatorId: number,
	figures: (Figure & { source: string })[]
) {
	return db.transaction(async (tx) => {
		const result = await upsertValues(tx, indicatorId, figures);
		await recordAudit(tx, null, {
			entity: 'indicator',
			entityId: indicatorId,
			kind: 'import_ssb',
			after: result
		});
		return result;
	});
}
