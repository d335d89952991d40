import { and, asc, desc, eq } from 'drizzle-orm';
import { idRef } from '../../schemas/common.ts';
import { indicatorDraftRef, indicatorFileRef } from '../../schemas/indicator.ts';
import { allow, canManageKnowledge, canUseWorkspace } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { csvDraft } from '../imports/schema.ts';
import { goal } from '../strategy/schema.ts';
import { knownPlaces, readIndicatorRows } from './commands.ts';
import { indicatorFile, indicatorPage } from './public.ts';
import type { FileReply } from '../shared/files.ts';
import { indicatorImport } from './schema.ts';
import { listIndicators, readIndicator } from './view.ts';

export async function getIndicatorsAdmin(ctx: Ctx) {
	allow(ctx, canUseWorkspace);
	return {
		indicators: await listIndicators(ctx.db, 'internal'),
		canManage: canManageKnowledge(ctx.actor)
	};
}

async function goalOptions(ctx: Ctx) {
	return ctx.db
		.select({ value: goal.id, label: goal.title, number: goal.number })
		.from(goal)
		.orderBy(asc(goal.number));
}

export async function newIndicatorForm(ctx: Ctx) {
	allow(ctx, canManageKnowledge);
	return { goals: await goalOptions(ctx) };
}

/** One indicator in the workspace: its page, the form, and its imports. */
export async function getIndicatorEdit(ctx: Ctx, input: unknown) {
	allow(ctx, canManageKnowledge);
	const { id } = parseInput(idRef, input);
	const page = await indicatorPage(ctx, 'internal', { id });
	return {
		...page,
		goalOptions: await goalOptions(ctx),
		imports: await ctx.db
			.select()
			.from(indicatorImport)
			.where(eq(indicatorImport.indicatorId, id))
			.orderBy(desc(indicatorImport.startedAt))
			.limit(10)
	};
}

/** An uploaded file's preview: the mapping and every row as it would be written. */
export async function getIndicatorImport(ctx: Ctx, input: unknown) {
	allow(ctx, canManageKnowledge);
	const { id, draftId } = parseInput(indicatorDraftRef, input);
	const [draft] = await ctx.db
		.select()
		.from(csvDraft)
		.where(and(eq(csvDraft.id, draftId), eq(csvDraft.purpose, `indicator:${id}`)));
	if (!draft) throw new NotFoundError('csv_draft');
	const rows = readIndicatorRows(draft, await knownPlaces(ctx.db, id));
	return {
		id,
		draft: {
			id: draft.id,
			version: draft.version,
			fileName: draft.fileName,
			header: draft.header,
			mapping: draft.mapping,
			kind: draft.options.kind ?? 'csv',
			importedAt: draft.importedAt,
			result: draft.result
		},
		preview: rows
			.filter((r) => r.figure)
			.slice(0, 30)
			.map((r) => ({ line: r.line, ...r.figure! })),
		problems: rows.filter((r) => r.errors.length).slice(0, 100),
		total: rows.length,
		bad: rows.filter((r) => r.errors.length).length
	};
}

/** An indicator's chart or figures in the workspace, of an internal one too. */
export async function getIndicatorFileInternal(ctx: Ctx, input: unknown): Promise<FileReply> {
	allow(ctx, canUseWorkspace);
	const { id, file } = parseInput(indicatorFileRef, input);
	const detail = await readIndicator(ctx.db, 'internal', { id });
	if (!detail) throw new NotFoundError('indicator');
	return { ...(await indicatorFile(ctx.db, detail, file)), cache: 'private, no-store' };
}
