// Importing an action programme from a spreadsheet as people keep it: upload, preview with the
// columns mapped and unknown names settled, then one all-or-nothing write that updates the
// current programme by code or starts a revision that carries the action points over.
import { createHash, randomUUID } from 'node:crypto';
import { and, asc, desc, eq, isNotNull, isNull, max, sql } from 'drizzle-orm';
import {
	importConfirmInput,
	importDraftRef,
	importFileInput,
	importSettleInput,
	type ImportSettle
} from '../../schemas/import.ts';
import { allow, canImportProgramme } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { saveRow } from '../core/versioned.ts';
import { caseLink } from '../governance/records-schema.ts';
import { hearingAction } from '../hearings/schema.ts';
import { priorityRoundAction } from '../priorities/schema.ts';
import { organisation } from '../partners/schema.ts';
import type { Db } from '../platform/db/client.ts';
import { uniqueSlug } from '../shared/slugs.ts';
import { goal, strategy, theme } from '../strategy/schema.ts';
import type { ColumnField } from '../../schemas/import.ts';
import {
	detectColumns,
	fieldOfHeader,
	parseRows,
	type ImportColumn,
	type ImportRow,
	type Lookups,
	type Settlements
} from './import-parse.ts';
import { fileProblem, findHeaderRow, gridOf, readWorkbook } from './import-sheet.ts';
import { normalise, type SheetCell } from './import-values.ts';
import {
	action,
	actionGoal,
	actionParticipant,
	actionProgramme,
	importColumnMemory,
	importDraft,
	progressUpdate
} from './schema.ts';

type Draft = typeof importDraft.$inferSelect;
export type ImportMode = 'update' | 'revision';
export type MissingChoice = 'keep' | 'stop' | 'remove';

async function lookupsOf(db: Db | Tx): Promise<Lookups> {
	const [organisations, themes, goals] = await Promise.all([
		db.select().from(organisation),
		db.select().from(theme),
		db.select().from(goal)
	]);
	return { organisations, themes, goals };
}

async function rememberedColumns(db: Db | Tx) {
	const rows = await db.select().from(importColumnMemory);
	return new Map(rows.map((r) => [r.header, r.field as ColumnField]));
}

async function currentProgramme(db: Db | Tx) {
	const [row] = await db
		.select()
		.from(actionProgramme)
		.where(eq(actionProgramme.status, 'current'))
		.orderBy(desc(actionProgramme.periodStart))
		.limit(1);
	return row ?? null;
}

/**
 * Reads an uploaded file and keeps it as a draft for the preview; nothing is imported yet. The
 * header row is found wherever it is, and each column is mapped by the names people use (or as
 * the user mapped a column of that name last time).
 */
export async function previewImport(ctx: Ctx, raw: unknown) {
	allow(ctx, canImportProgramme);
	const { file } = parseInput(importFileInput, raw);
	const sheet = await readWorkbook(file.content);
	const grid = gridOf(sheet);
	if (!grid.some((row) => row.some((cell) => cell.text))) throw fileProblem('import_error_empty');
	const remembered = await rememberedColumns(ctx.db);
	const headerRow = findHeaderRow(grid, (header) => fieldOfHeader(header, remembered));
	if (headerRow === null) throw fileProblem('import_error_headers');
	const columns = detectColumns(grid[headerRow], remembered);
	if (headerRow === grid.length - 1) throw fileProblem('import_error_empty');
	const id = randomUUID();
	await ctx.db.insert(importDraft).values({
		id,
		createdBy: ctx.actor!.id,
		fileName: file.name.slice(0, 200),
		// Of what the sheet holds, not of the file's bytes: the same table saved again is the same.
		fileHash: createHash('sha256').update(JSON.stringify(grid)).digest('hex'),
		grid,
		headerRow,
		columns,
		settlements: { themes: {}, organisations: {} } satisfies Settlements,
		missing: {},
		mode: (await currentProgramme(ctx.db)) ? 'update' : 'revision'
	});
	return { draftId: id };
}

async function loadDraft(db: Db | Tx, actorId: string, id: string): Promise<Draft> {
	const [draft] = await db
		.select()
		.from(importDraft)
		.where(and(eq(importDraft.id, id), eq(importDraft.createdBy, actorId)));
	if (!draft) throw new NotFoundError('import draft');
	return draft;
}

/** The preview of a draft as it now stands: rows, unknowns, what the write would do. */
async function previewOf(db: Db | Tx, draft: Draft) {
	const lookups = await lookupsOf(db);
	const columns = draft.columns as ImportColumn[];
	const settlements = draft.settlements as Settlements;
	const parsed = parseRows(
		draft.grid as SheetCell[][],
		draft.headerRow,
		columns,
		lookups,
		settlements
	);
	const programme = await currentProgramme(db);
	const existing = programme
		? await db
				.select({ code: action.code, title: action.title })
				.from(action)
				.where(eq(action.programmeId, programme.id))
				.orderBy(asc(action.code))
		: [];
	const inFile = new Set(parsed.rows.map((r) => r.code));
	const missing = existing.filter((a) => !inFile.has(a.code));
	const decisions = draft.missing as Record<string, MissingChoice>;
	const mapped = columns.filter((c) => c.field !== 'ignore').map((c) => c.field);
	const mappingProblems = [
		...(['code', 'title'] as const)
			.filter((field) => !mapped.includes(field))
			.map((field) => ({ key: 'import_problem_unmapped', params: { field } })),
		...mapped
			.filter((field, i) => mapped.indexOf(field) !== i)
			.map((field) => ({ key: 'import_problem_mapped_twice', params: { field } }))
	];
	const [previous] = await db
		.select({ at: importDraft.usedAt, fileName: importDraft.fileName })
		.from(importDraft)
		.where(and(eq(importDraft.fileHash, draft.fileHash ?? ''), isNotNull(importDraft.usedAt)))
		.orderBy(desc(importDraft.usedAt))
		.limit(1);
	return {
		draftId: draft.id,
		fileName: draft.fileName,
		headerRow: draft.headerRow + 1,
		mode: draft.mode as ImportMode,
		programme: programme ? { title: programme.title, id: programme.id } : null,
		columns,
		rows: parsed.rows,
		unknownThemes: parsed.unknownThemes,
		unknownOrganisations: parsed.unknownOrganisations,
		settlements,
		missing: missing.map((a) => ({ ...a, choice: decisions[a.code] ?? 'keep' })),
		mappingProblems,
		problemCount: parsed.rows.reduce((n, r) => n + r.problems.length, 0) + mappingProblems.length,
		existingCodes: existing.map((a) => a.code),
		previousImport: previous ?? null,
		result: draft.result as ImportResult | null,
		used: draft.usedAt !== null,
		organisations: lookups.organisations.map((o) => ({ value: o.id, label: o.name })),
		themes: lookups.themes.map((t) => ({ value: t.id, label: t.name }))
	};
}

/** The import page: the draft named by `utkast` (its preview, or its result once written). */
export async function getImportPage(ctx: Ctx, raw: unknown) {
	allow(ctx, canImportProgramme);
	const { utkast } = parseInput(importDraftRef, raw);
	if (!utkast) return { preview: null };
	const draft = await loadDraft(ctx.db, ctx.actor!.id, utkast);
	return { preview: await previewOf(ctx.db, draft) };
}

/** What the user settled in the preview, read from the form into the draft's terms. */
function settleFrom(input: ImportSettle, draft: Draft) {
	const columns = (draft.columns as ImportColumn[]).map((c) => ({
		...c,
		field: (input.columns[String(c.index)] ?? c.field) as ColumnField
	}));
	const settlements: Settlements = { themes: {}, organisations: {} };
	for (const [name, choice] of Object.entries(input.themes))
		if (choice) settlements.themes[name] = choice === 'new' ? 'new' : Number(choice);
	for (const [name, choice] of Object.entries(input.organisations))
		if (choice)
			settlements.organisations[name] =
				choice === 'partner' || choice === 'external' ? choice : Number(choice);
	return { columns, settlements, missing: input.missing, mode: input.mode };
}

/** Stores the column mapping, settlements, mode and decisions of the preview on the draft. */
export async function settleImport(ctx: Ctx, raw: unknown) {
	allow(ctx, canImportProgramme);
	const input = parseInput(importSettleInput, raw);
	const draft = await loadDraft(ctx.db, ctx.actor!.id, input.draftId);
	if (draft.usedAt) throw new ValidationError({ _form: 'import_error_draft_used' });
	const settled = settleFrom(input, draft);
	await ctx.db.transaction(async (tx) => {
		await tx.update(importDraft).set(settled).where(eq(importDraft.id, draft.id));
		await rememberColumns(tx, settled.columns);
	});
	return { draftId: draft.id };
}

/** The mapping the user settled on is remembered for the next import, header by header. */
async function rememberColumns(tx: Tx, columns: readonly ImportColumn[]) {
	for (const column of columns) {
		const header = normalise(column.header);
		if (!header) continue;
		await tx
			.insert(importColumnMemory)
			.values({ header, field: column.field })
			.onConflictDoUpdate({
				target: importColumnMemory.header,
				set: { field: column.field, updatedAt: new Date() }
			});
	}
}

export interface ImportResult {
	mode: ImportMode;
	programmeTitle: string;
	added: string[];
	updated: string[];
	unchanged: string[];
	carried: string[];
	ended: string[];
	stopped: string[];
	removed: string[];
	newThemes: string[];
	newOrganisations: string[];
}

/** Creates the themes and organisations the user chose to add, and returns the settled ids. */
async function createSettled(tx: Tx, settlements: Settlements, lookups: Lookups) {
	const out: Settlements = {
		themes: { ...settlements.themes },
		organisations: { ...settlements.organisations }
	};
	const created = { themes: [] as string[], organisations: [] as string[] };
	const themeSlugs = new Set(lookups.themes.map((t) => t.slug));
	const [{ last }] = await tx.select({ last: max(theme.sortOrder) }).from(theme);
	let order = last ?? 0;
	for (const [name, choice] of Object.entries(settlements.themes)) {
		if (choice !== 'new') continue;
		const slug = uniqueSlug(name, 'tema', themeSlugs);
		themeSlugs.add(slug);
		const [row] = await tx.insert(theme).values({ name, slug, sortOrder: ++order }).returning();
		out.themes[name] = row.id;
		created.themes.push(name);
	}
	const orgSlugs = new Set(lookups.organisations.map((o) => o.slug));
	for (const [name, choice] of Object.entries(settlements.organisations)) {
		if (choice !== 'partner' && choice !== 'external') continue;
		const municipality = /kommune$/i.test(name);
		const county = /fylkeskommune$/i.test(name);
		const slug = uniqueSlug(name, 'organisasjon', orgSlugs);
		orgSlugs.add(slug);
		const [row] = await tx
			.insert(organisation)
			.values({
				name,
				shortName: name.replace(/\s+(fylkes)?kommune$/i, '').slice(0, 60) || name.slice(0, 60),
				slug,
				kind: county ? 'fylkeskommune' : municipality ? 'kommune' : 'annet',
				level: county ? 'fylke' : municipality ? 'kommune' : 'stat',
				membership: choice === 'external' ? 'external' : 'affiliated',
				description: ''
			})
			.returning();
		out.organisations[name] = row.id;
		created.organisations.push(name);
	}
	return { settled: out, created };
}

const sameSet = (a: readonly number[], b: readonly number[]) =>
	a.length === b.length && a.every((x) => b.includes(x));

async function partiesOf(tx: Tx, actionId: number) {
	const [participants, goals] = await Promise.all([
		tx
			.select({ id: actionParticipant.organisationId })
			.from(actionParticipant)
			.where(eq(actionParticipant.actionId, actionId)),
		tx.select({ id: actionGoal.goalId }).from(actionGoal).where(eq(actionGoal.actionId, actionId))
	]);
	return { participantIds: participants.map((p) => p.id), goalIds: goals.map((g) => g.id) };
}

async function writeParties(tx: Tx, actionId: number, row: ImportRow) {
	await tx.delete(actionParticipant).where(eq(actionParticipant.actionId, actionId));
	await tx.delete(actionGoal).where(eq(actionGoal.actionId, actionId));
	if (row.participantIds.length)
		await tx
			.insert(actionParticipant)
			.values(row.participantIds.map((organisationId) => ({ actionId, organisationId })));
	if (row.goalIds.length)
		await tx.insert(actionGoal).values(row.goalIds.map((goalId) => ({ actionId, goalId })));
}

/** The columns of an action point as a row of the file sets them; what the file leaves empty stays. */
function fieldsOf(row: ImportRow, before?: typeof action.$inferSelect) {
	return {
		code: row.code,
		title: row.title,
		description: row.description || before?.description || '',
		themeId: row.themeId!,
		leadOrganisationId: row.leadOrganisationId!,
		horizon: row.horizon ?? before?.horizon ?? 'medium',
		status: row.status ?? before?.status ?? 'not_started',
		progress: row.progress ?? before?.progress ?? 0,
		dueDate:
			row.dueDate ??
			(row.notes.some((n) => n.key === 'import_note_no_date') ? null : (before?.dueDate ?? null))
	};
}

/**
 * Writes the draft, all or nothing. `update` changes the current programme's action points by
 * code (their history stays with them), adds new ones and does with the missing ones what the user
 * chose; `revision` starts a new programme that carries the action points over by code, linked to
 * the ones before (`previous_id`), and archives the old programme, which stays readable. A file
 * imported before is written again only when the user confirms it.
 */
export async function confirmImport(ctx: Ctx, raw: unknown) {
	allow(ctx, canImportProgramme);
	const input = parseInput(importConfirmInput, raw);
	const settle = parseInput(importSettleInput, raw);
	const before = await loadDraft(ctx.db, ctx.actor!.id, input.draftId);
	if (before.usedAt) throw new NotFoundError('import draft');
	await ctx.db
		.update(importDraft)
		.set(settleFrom(settle, before))
		.where(eq(importDraft.id, before.id));
	const draft = await loadDraft(ctx.db, ctx.actor!.id, input.draftId);
	const preview = await previewOf(ctx.db, draft);
	if (preview.problemCount > 0) throw new ValidationError({ _form: 'import_error_has_problems' });
	if (preview.previousImport && !input.again)
		throw new ValidationError({ again: 'import_error_same_file' });
	if (preview.mode === 'update' && !preview.programme)
		throw new ValidationError({ mode: 'import_error_no_current' });
	const revision = preview.mode === 'revision';
	if (revision && (!input.title || !input.periodStart || !input.periodEnd))
		throw new ValidationError({
			...(input.title ? {} : { title: 'error_required' }),
			...(input.periodStart ? {} : { periodStart: 'error_required' }),
			...(input.periodEnd ? {} : { periodEnd: 'error_required' })
		});

	return ctx.db.transaction(async (tx) => {
		const [claimed] = await tx
			.update(importDraft)
			.set({ usedAt: new Date() })
			.where(and(eq(importDraft.id, draft.id), isNull(importDraft.usedAt)))
			.returning();
		if (!claimed) throw new NotFoundError('import draft');
		const lookups = await lookupsOf(tx);
		const { settled, created } = await createSettled(tx, draft.settlements as Settlements, lookups);
		const { rows } = parseRows(
			draft.grid as SheetCell[][],
			draft.headerRow,
			draft.columns as ImportColumn[],
			await lookupsOf(tx),
			settled
		);
		if (rows.some((r) => r.problems.length))
			throw new ValidationError({ _form: 'import_error_has_problems' });
		const result: ImportResult = {
			mode: preview.mode,
			programmeTitle: '',
			added: [],
			updated: [],
			unchanged: [],
			carried: [],
			ended: [],
			stopped: [],
			removed: [],
			newThemes: created.themes,
			newOrganisations: created.organisations
		};
		const old = await currentProgramme(tx);
		const oldActions = old
			? await tx.select().from(action).where(eq(action.programmeId, old.id))
			: [];
		const byCode = new Map(oldActions.map((a) => [a.code, a]));
		let programmeId: number;

		if (!revision) {
			programmeId = old!.id;
			result.programmeTitle = old!.title;
			for (const row of rows) {
				const existing = byCode.get(row.code);
				if (!existing) {
					const [createdRow] = await tx
						.insert(action)
						.values({ programmeId, ...fieldsOf(row) })
						.returning();
					await writeParties(tx, createdRow.id, row);
					await recordAudit(tx, ctx.actor, {
						entity: 'action',
						entityId: row.code,
						kind: 'import_add',
						after: createdRow
					});
					result.added.push(row.code);
					continue;
				}
				const fields = fieldsOf(row, existing);
				const parties = await partiesOf(tx, existing.id);
				const changed =
					Object.entries(fields).some(([k, v]) => (existing as Record<string, unknown>)[k] !== v) ||
					!sameSet(parties.participantIds, row.participantIds) ||
					!sameSet(parties.goalIds, row.goalIds);
				if (!changed) {
					result.unchanged.push(row.code);
					continue;
				}
				const after = await saveRow(tx, action, existing.id, fields);
				await writeParties(tx, existing.id, row);
				await recordAudit(tx, ctx.actor, {
					entity: 'action',
					entityId: row.code,
					kind: 'import_update',
					before: { ...existing, ...parties },
					after: { ...after, participantIds: row.participantIds, goalIds: row.goalIds }
				});
				result.updated.push(row.code);
			}
			for (const gone of preview.missing) {
				const existing = byCode.get(gone.code)!;
				if (gone.choice === 'stop') {
					await saveRow(tx, action, existing.id, { status: 'stopped' });
					await recordAudit(tx, ctx.actor, {
						entity: 'action',
						entityId: gone.code,
						kind: 'import_stop',
						before: { status: existing.status },
						after: { status: 'stopped' }
					});
					result.stopped.push(gone.code);
				} else if (gone.choice === 'remove') {
					await removeWithoutHistory(tx, existing.id, gone.code);
					await recordAudit(tx, ctx.actor, {
						entity: 'action',
						entityId: gone.code,
						kind: 'import_remove',
						before: existing
					});
					result.removed.push(gone.code);
				}
			}
		} else {
			const [strat] = await tx.select().from(strategy).orderBy(asc(strategy.id)).limit(1);
			if (!strat) throw new NotFoundError('strategy');
			if (old)
				await tx
					.update(actionProgramme)
					.set({ status: 'archived' })
					.where(eq(actionProgramme.id, old.id));
			const slugs = new Set(
				(await tx.select({ slug: actionProgramme.slug }).from(actionProgramme)).map(
					(p) => p.slug ?? ''
				)
			);
			const [programme] = await tx
				.insert(actionProgramme)
				.values({
					strategyId: strat.id,
					title: input.title!,
					periodStart: input.periodStart!,
					periodEnd: input.periodEnd!,
					status: 'current',
					slug: uniqueSlug(`${input.periodStart}-${input.periodEnd}`, 'program', slugs)
				})
				.returning();
			programmeId = programme.id;
			result.programmeTitle = programme.title;
			for (const row of rows) {
				const earlier = byCode.get(row.code);
				const fields = fieldsOf(row, earlier);
				const [createdRow] = await tx
					.insert(action)
					.values({
						programmeId,
						...fields,
						previousId: earlier?.id ?? null,
						lastProgressAt: earlier?.lastProgressAt ?? null
					})
					.returning();
				await writeParties(tx, createdRow.id, row);
				if (!earlier) result.added.push(row.code);
				else {
					const parties = await partiesOf(tx, earlier.id);
					const changed =
						Object.entries(fields).some(
							([k, v]) => (earlier as Record<string, unknown>)[k] !== v
						) ||
						!sameSet(parties.participantIds, row.participantIds) ||
						!sameSet(parties.goalIds, row.goalIds);
					(changed ? result.updated : result.carried).push(row.code);
				}
			}
			const inFile = new Set(rows.map((r) => r.code));
			result.ended = oldActions
				.filter((a) => !inFile.has(a.code))
				.map((a) => a.code)
				.sort();
		}

		await rememberColumns(tx, draft.columns as ImportColumn[]);
		await tx.update(importDraft).set({ result }).where(eq(importDraft.id, draft.id));
		await recordAudit(tx, ctx.actor, {
			entity: 'action_programme',
			entityId: programmeId,
			kind: revision ? 'import_revision' : 'import',
			before: old ? { id: old.id, title: old.title } : null,
			after: { file: draft.fileName, ...result }
		});
		return { draftId: draft.id, programmeId, result };
	});
}

/** Removes an action point the file no longer has, only while nothing refers to it. */
async function removeWithoutHistory(tx: Tx, actionId: number, code: string) {
	const [updates, links, hearings, rounds] = await Promise.all([
		tx
			.select({ id: progressUpdate.id })
			.from(progressUpdate)
			.where(eq(progressUpdate.actionId, actionId))
			.limit(1),
		tx
			.select({ id: caseLink.caseId })
			.from(caseLink)
			.where(and(eq(caseLink.kind, 'action'), eq(caseLink.targetId, actionId)))
			.limit(1),
		tx
			.select({ id: hearingAction.actionId })
			.from(hearingAction)
			.where(eq(hearingAction.actionId, actionId))
			.limit(1),
		tx
			.select({ id: priorityRoundAction.actionId })
			.from(priorityRoundAction)
			.where(eq(priorityRoundAction.actionId, actionId))
			.limit(1)
	]);
	if (updates.length || links.length || hearings.length || rounds.length)
		throw new ValidationError({ [`missing.${code}`]: 'import_error_remove_history' });
	await tx.execute(sql`delete from milestone where action_id = ${actionId}`);
	await tx.delete(actionParticipant).where(eq(actionParticipant.actionId, actionId));
	await tx.delete(actionGoal).where(eq(actionGoal.actionId, actionId));
	await tx.delete(action).where(eq(action.id, actionId));
}
