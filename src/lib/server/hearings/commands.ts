import { and, eq, inArray } from 'drizzle-orm';
import { versionedRef } from '../../schemas/common.ts';
import {
	hearingDocumentRef,
	hearingInput,
	hearingUpload,
	type HearingInput
} from '../../schemas/hearing.ts';
import { checkDocument } from '../shared/uploads.ts';
import { allow, canManageHearings } from '../core/access.ts';
import { findActionIds } from '../actions/queries.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { osloDate } from '../shared/dates.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { organisation } from '../partners/schema.ts';
import { theme } from '../strategy/schema.ts';
import { user } from '../users/schema.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { hearing, hearingAction, hearingDocument, hearingTheme, type Hearing } from './schema.ts';

/**
 * A deadline that is set or moved must not lie in the past; one that stays as it was may (a
 * hearing registered late, or edited after its deadline).
 */
function assertDeadlines(input: HearingInput, before: Hearing | undefined, today: string) {
	const errors: Record<string, string> = {};
	if (input.publicDeadline !== before?.publicDeadline && input.publicDeadline < today)
		errors.publicDeadline = 'hearing_error_deadline_past';
	if (
		input.internalDeadline &&
		input.internalDeadline !== before?.internalDeadline &&
		input.internalDeadline < today
	)
		errors.internalDeadline = 'hearing_error_deadline_past';
	if (Object.keys(errors).length) throw new ValidationError(errors);
}

async function assertReferencesExist(tx: Tx, input: HearingInput) {
	const errors: Record<string, string> = {};
	const [issuer] = await tx
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.id, input.issuerId));
	if (!issuer) errors.issuerId = 'error_choice';
	if (input.responsibleUserId) {
		const [person] = await tx
			.select({ id: user.id })
			.from(user)
			.where(eq(user.id, input.responsibleUserId));
		if (!person) errors.responsibleUserId = 'error_choice';
	}
	if (input.themeIds.length) {
		const found = await tx
			.select({ id: theme.id })
			.from(theme)
			.where(inArray(theme.id, input.themeIds));
		if (found.length !== new Set(input.themeIds).size) errors.themeIds = 'error_choice';
	}
	const actionIds = await findActionIds(tx, input.actionCodes);
	if (!actionIds) errors.actionCodes = 'hearing_error_action_codes';
	if (Object.keys(errors).length) throw new ValidationError(errors);
	return actionIds ?? [];
}

async function writeLinks(tx: Tx, hearingId: number, input: HearingInput, actionIds: number[]) {
	await tx.delete(hearingTheme).where(eq(hearingTheme.hearingId, hearingId));
	await tx.delete(hearingAction).where(eq(hearingAction.hearingId, hearingId));
	const themeIds = [...new Set(input.themeIds)];
	if (themeIds.length)
		await tx.insert(hearingTheme).values(themeIds.map((themeId) => ({ hearingId, themeId })));
	if (actionIds.length)
		await tx.insert(hearingAction).values(actionIds.map((actionId) => ({ hearingId, actionId })));
}

function columnsOf(input: HearingInput) {
	const { themeIds: _themes, actionCodes: _actions, ...columns } = input;
	return columns;
}

export async function createHearing(ctx: Ctx, raw: unknown, today = osloDate()): Promise<Hearing> {
	allow(ctx, canManageHearings);
	const input = parseInput(hearingInput, raw);
	assertDeadlines(input, undefined, today);
	return ctx.db.transaction(async (tx) => {
		const actionIds = await assertReferencesExist(tx, input);
		const [row] = await tx.insert(hearing).values(columnsOf(input)).returning();
		await writeLinks(tx, row.id, input, actionIds);
		await recordAudit(tx, ctx.actor, {
			entity: 'hearing',
			entityId: row.id,
			kind: 'create',
			after: { ...row, themeIds: input.themeIds, actionCodes: input.actionCodes }
		});
		return row;
	});
}

export async function updateHearing(ctx: Ctx, raw: unknown, today = osloDate()): Promise<Hearing> {
	allow(ctx, canManageHearings);
	const { id, version } = parseInput(versionedRef, raw);
	const input = parseInput(hearingInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, hearing, eq(hearing.id, id), 'hearing', version);
		assertDeadlines(input, before, today);
		const actionIds = await assertReferencesExist(tx, input);
		const after = await saveRow(tx, hearing, id, columnsOf(input));
		await writeLinks(tx, id, input, actionIds);
		await recordAudit(tx, ctx.actor, {
			entity: 'hearing',
			entityId: id,
			kind: 'update',
			before,
			after: { ...after, themeIds: input.themeIds, actionCodes: input.actionCodes }
		});
		return after;
	});
}

export async function addHearingDocument(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageHearings);
	const { id: hearingId, file } = parseInput(hearingUpload, raw);
	const checked = await checkDocument(file.name, file.content);
	return ctx.db.transaction(async (tx) => {
		const [owner] = await tx
			.select({ id: hearing.id })
			.from(hearing)
			.where(eq(hearing.id, hearingId));
		if (!owner) throw new NotFoundError('hearing');
		const [row] = await tx
			.insert(hearingDocument)
			.values({
				hearingId,
				...checked,
				size: file.content.byteLength,
				content: Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength),
				uploadedBy: ctx.actor?.id ?? null
			})
			.returning({
				id: hearingDocument.id,
				fileName: hearingDocument.fileName,
				size: hearingDocument.size
			});
		await recordAudit(tx, ctx.actor, {
			entity: 'hearing',
			entityId: hearingId,
			kind: 'add_document',
			after: row
		});
		return row;
	});
}

export async function removeHearingDocument(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageHearings);
	const { id: hearingId, documentId } = parseInput(hearingDocumentRef, raw);
	await ctx.db.transaction(async (tx) => {
		const [row] = await tx
			.delete(hearingDocument)
			.where(and(eq(hearingDocument.id, documentId), eq(hearingDocument.hearingId, hearingId)))
			.returning({
				id: hearingDocument.id,
				fileName: hearingDocument.fileName,
				size: hearingDocument.size
			});
		if (!row) throw new NotFoundError('document');
		await recordAudit(tx, ctx.actor, {
			entity: 'hearing',
			entityId: hearingId,
			kind: 'remove_document',
			before: row
		});
	});
}
