import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { parseInput } from '../core/validate.ts';
import { importDraftRef, importFileInput, programmeMetaInput } from '../../schemas/import.ts';
import { allow, canImportProgramme } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { organisation } from '../partners/schema.ts';
import { goal, strategy, theme } from '../strategy/schema.ts';
import { parseProgrammeSheet, readWorkbook, type ImportRow } from './import-parse.ts';
import { action, actionGoal, actionParticipant, actionProgramme, importDraft } from './schema.ts';

/** Reads an uploaded file and keeps it as a draft for the preview; nothing is imported yet. */
export async function previewImport(ctx: Ctx, raw: unknown) {
	allow(ctx, canImportProgramme);
	const { file } = parseInput(importFileInput, raw);
	const sheet = await readWorkbook(file.content);
	const [organisations, themes, goals] = await Promise.all([
		ctx.db.select().from(organisation),
		ctx.db.select().from(theme),
		ctx.db.select().from(goal)
	]);
	const rows = parseProgrammeSheet(sheet, { organisations, themes, goals });
	const id = randomUUID();
	await ctx.db
		.insert(importDraft)
		.values({ id, createdBy: ctx.actor!.id, fileName: file.name.slice(0, 200), rows });
	return {
		draftId: id,
		fileName: file.name,
		rows,
		problemCount: rows.reduce((n, r) => n + r.problems.length, 0)
	};
}

/** The import page: the draft named by `utkast` if there is one, else an empty preview. */
export async function getImportPage(ctx: Ctx, raw: unknown) {
	allow(ctx, canImportProgramme);
	const { utkast } = parseInput(importDraftRef, raw);
	return { preview: utkast ? await getImportDraft(ctx, utkast) : null };
}

async function getImportDraft(ctx: Ctx, id: string) {
	allow(ctx, canImportProgramme);
	const [draft] = await ctx.db
		.select()
		.from(importDraft)
		.where(
			and(
				eq(importDraft.id, id),
				eq(importDraft.createdBy, ctx.actor!.id),
				isNull(importDraft.usedAt)
			)
		);
	if (!draft) throw new NotFoundError('import draft');
	const rows = draft.rows as ImportRow[];
	return {
		draftId: draft.id,
		fileName: draft.fileName,
		rows,
		problemCount: rows.reduce((n, r) => n + r.problems.length, 0)
	};
}

/**
 * Writes every row of a problem-free draft as a new programme that becomes the current one; the
 * previous programme is archived and kept. All rows or none.
 */
export async function confirmImport(ctx: Ctx, raw: unknown) {
	allow(ctx, canImportProgramme);
	const meta = parseInput(programmeMetaInput, raw);
	const draft = await getImportDraft(ctx, meta.draftId);
	if (draft.problemCount > 0) throw new ValidationError({ _form: 'import_error_has_problems' });
	return ctx.db.transaction(async (tx) => {
		const [claimed] = await tx
			.update(importDraft)
			.set({ usedAt: new Date() })
			.where(and(eq(importDraft.id, draft.draftId), isNull(importDraft.usedAt)))
			.returning();
		if (!claimed) throw new NotFoundError('import draft');
		const [strat] = await tx.select().from(strategy).orderBy(asc(strategy.id)).limit(1);
		if (!strat) throw new NotFoundError('strategy');
		const previous = await tx
			.update(actionProgramme)
			.set({ status: 'archived' })
			.where(eq(actionProgramme.status, 'current'))
			.returning();
		const [programme] = await tx
			.insert(actionProgramme)
			.values({
				strategyId: strat.id,
				title: meta.title,
				periodStart: meta.periodStart,
				periodEnd: meta.periodEnd,
				status: 'current'
			})
			.returning();
		for (const row of draft.rows) {
			const [created] = await tx
				.insert(action)
				.values({
					programmeId: programme.id,
					code: row.code,
					title: row.title,
					description: row.description,
					themeId: row.themeId!,
					horizon: row.horizon,
					leadOrganisationId: row.leadOrganisationId!,
					status: row.status,
					progress: row.progress,
					dueDate: row.dueDate
				})
				.returning({ id: action.id });
			if (row.participantIds.length) {
				await tx
					.insert(actionParticipant)
					.values(
						row.participantIds.map((organisationId) => ({ actionId: created.id, organisationId }))
					);
			}
			if (row.goalIds.length)
				await tx
					.insert(actionGoal)
					.values(row.goalIds.map((goalId) => ({ actionId: created.id, goalId })));
		}
		await recordAudit(tx, ctx.actor, {
			entity: 'action_programme',
			entityId: programme.id,
			kind: 'import',
			before: previous.length
				? { archived: previous.map((p) => ({ id: p.id, title: p.title })) }
				: null,
			after: { title: programme.title, file: draft.fileName, codes: draft.rows.map((r) => r.code) }
		});
		return { programme, count: draft.rows.length };
	});
}
