import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { idRef, versionedRef } from '../../schemas/common.ts';
import {
	commentDecisionRef,
	commentInput,
	decisionInput,
	inputRoundInput,
	positionInput,
	sendingInput,
	statementMetaInput,
	statementTextInput,
	textBase
} from '../../schemas/statement.ts';
import {
	allow,
	canCommentOnStatement,
	canManageStatements,
	canRecordPosition
} from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Actor, Ctx, Tx } from '../core/context.ts';
import { osloDate } from '../shared/dates.ts';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors.ts';
import { hearing } from '../hearings/schema.ts';
import { listSignatories } from '../partners/queries.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import {
	statement,
	statementInput,
	statementPosition,
	statementVersion,
	type Section,
	type Statement
} from './schema.ts';

const EDITABLE = new Set(['draft', 'input']);

const loadStatement = (tx: Tx, id: number, version?: number): Promise<Statement> =>
	lockRow(tx, statement, eq(statement.id, id), 'statement', version);

export async function latestVersion(tx: Tx | Ctx['db'], statementId: number) {
	const [row] = await tx
		.select()
		.from(statementVersion)
		.where(eq(statementVersion.statementId, statementId))
		.orderBy(desc(statementVersion.number))
		.limit(1);
	return row;
}

function withKeys(sections: Section[]): Section[] {
	return sections.map((s) => ({ ...s, key: s.key || randomUUID().slice(0, 8) }));
}

const touch = (tx: Tx, row: Statement, changes: Partial<Statement>) =>
	saveRow(tx, statement, row.id, changes);

async function assertHearingExists(tx: Tx, hearingId: number | null) {
	if (hearingId === null) return;
	const [found] = await tx
		.select({ id: hearing.id })
		.from(hearing)
		.where(eq(hearing.id, hearingId));
	if (!found) throw new ValidationError({ hearingId: 'error_choice' });
}

/** Starts a statement with its first text; the draft's clock starts here. */
export async function createStatement(ctx: Ctx, raw: Record<string, unknown>): Promise<Statement> {
	allow(ctx, canManageStatements);
	const meta = parseInput(statementMetaInput, raw);
	const text = parseInput(statementTextInput, raw);
	return ctx.db.transaction(async (tx) => {
		await assertHearingExists(tx, meta.hearingId);
		const [row] = await tx
			.insert(statement)
			.values({ ...meta, createdBy: ctx.actor!.id })
			.returning();
		await tx.insert(statementVersion).values({
			statementId: row.id,
			number: 1,
			sections: withKeys(text.sections),
			authorId: ctx.actor!.id,
			authorName: ctx.actor!.name
		});
		await recordAudit(tx, ctx.actor, {
			entity: 'statement',
			entityId: row.id,
			kind: 'create',
			after: row
		});
		return row;
	});
}

/** Title, recipient and the hearing answered: editable until the text is frozen. */
export async function updateStatementMeta(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageStatements);
	const { id, version } = parseInput(versionedRef, raw);
	const meta = parseInput(statementMetaInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await loadStatement(tx, id, version);
		if (!EDITABLE.has(before.status))
			throw new ValidationError({ _form: 'statement_error_frozen' });
		await assertHearingExists(tx, meta.hearingId);
		const after = await touch(tx, before, meta);
		await recordAudit(tx, ctx.actor, {
			entity: 'statement',
			entityId: id,
			kind: 'update',
			before,
			after
		});
		return after;
	});
}

/**
 * Saves the text as a new version. `baseNumber` is the version the writer started from: a save
 * on top of someone else's newer version is refused, and the writer's text comes back to them.
 * A frozen text changes only as a correction, which needs a reason.
 */
export async function saveStatementText(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageStatements);
	const { id, baseNumber, correction } = parseInput(textBase, raw);
	const options = { correction };
	const text = parseInput(statementTextInput, raw);
	return ctx.db.transaction(async (tx) => {
		const row = await loadStatement(tx, id);
		if (options.correction) {
			if (EDITABLE.has(row.status))
				throw new ValidationError({ _form: 'statement_error_not_frozen' });
			if (!text.reason) throw new ValidationError({ reason: 'statement_error_reason' });
		} else if (!EDITABLE.has(row.status)) {
			throw new ValidationError({ _form: 'statement_error_frozen' });
		}
		const latest = await latestVersion(tx, id);
		if (latest.number !== baseNumber) throw new ConflictError('statement');
		const [created] = await tx
			.insert(statementVersion)
			.values({
				statementId: id,
				number: latest.number + 1,
				sections: withKeys(text.sections),
				reason: options.correction ? text.reason : '',
				authorId: ctx.actor!.id,
				authorName: ctx.actor!.name
			})
			.returning();
		await touch(tx, row, {});
		await recordAudit(tx, ctx.actor, {
			entity: 'statement',
			entityId: id,
			kind: options.correction ? 'correct_text' : 'save_text',
			before: { number: latest.number, sections: latest.sections },
			after: { number: created.number, sections: created.sections, reason: created.reason }
		});
		return created;
	});
}

export async function openInputRound(ctx: Ctx, raw: unknown, today = osloDate()) {
	allow(ctx, canManageStatements);
	const { id } = parseInput(idRef, raw);
	const input = parseInput(inputRoundInput, raw);
	if (input.inputDeadline < today)
		throw new ValidationError({ inputDeadline: 'hearing_error_deadline_past' });
	return ctx.db.transaction(async (tx) => {
		const before = await loadStatement(tx, id);
		if (!EDITABLE.has(before.status))
			throw new ValidationError({ _form: 'statement_error_frozen' });
		const after = await touch(tx, before, { status: 'input', inputDeadline: input.inputDeadline });
		await recordAudit(tx, ctx.actor, {
			entity: 'statement',
			entityId: id,
			kind: 'open_input',
			before,
			after
		});
		return after;
	});
}

/** A partner's comment on one section, while the input round is open. */
export async function addComment(ctx: Ctx, raw: unknown, today = osloDate()) {
	allow(ctx, canCommentOnStatement);
	const { id } = parseInput(idRef, raw);
	const input = parseInput(commentInput, raw);
	return ctx.db.transaction(async (tx) => {
		const row = await loadStatement(tx, id);
		if (row.status !== 'input' || (row.inputDeadline && row.inputDeadline < today))
			throw new ValidationError({ _form: 'statement_error_input_closed' });
		const latest = await latestVersion(tx, id);
		if (!latest.sections.some((s) => s.key === input.sectionKey))
			throw new ValidationError({ sectionKey: 'error_choice' });
		const actor = ctx.actor!;
		const [created] = await tx
			.insert(statementInput)
			.values({
				statementId: id,
				sectionKey: input.sectionKey,
				organisationId: actor.organisationId,
				authorId: actor.id,
				authorName: actor.name,
				text: input.text
			})
			.returning();
		await recordAudit(tx, actor, {
			entity: 'statement',
			entityId: id,
			kind: 'comment',
			after: created
		});
		return created;
	});
}

/** The secretariat marks a comment as taken in, partly or not, with a short reason. */
export async function decideComment(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageStatements);
	const { id, inputId } = parseInput(commentDecisionRef, raw);
	const input = parseInput(decisionInput, raw);
	return ctx.db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(statementInput)
			.where(and(eq(statementInput.id, inputId), eq(statementInput.statementId, id)));
		if (!before) throw new NotFoundError('input');
		const [after] = await tx
			.update(statementInput)
			.set({ decision: input.decision, decisionReason: input.reason, decidedAt: new Date() })
			.where(eq(statementInput.id, inputId))
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'statement',
			entityId: id,
			kind: 'decide_input',
			before,
			after
		});
		return after;
	});
}

/**
 * Records an organisation's formal position. Only its own users may, or the secretariat on its
 * behalf (recorded as such). A decision date may not lie in the future.
 */
export async function recordPosition(ctx: Ctx, raw: unknown, today = osloDate()) {
	const { id } = parseInput(idRef, raw);
	const input = parseInput(positionInput, raw);
	const actor = ctx.actor as Actor | null;
	allow(ctx, (a) => canRecordPosition(a, input.organisationId));
	if (input.decidedOn && input.decidedOn > today)
		throw new ValidationError({ decidedOn: 'position_error_future' });
	return ctx.db.transaction(async (tx) => {
		const row = await loadStatement(tx, id);
		if (row.status === 'draft') throw new ValidationError({ _form: 'position_error_draft' });
		const eligible = await listSignatories(tx);
		if (!eligible.some((o) => o.id === input.organisationId))
			throw new ValidationError({ organisationId: 'position_error_not_signatory' });
		const [before] = await tx
			.select()
			.from(statementPosition)
			.where(
				and(
					eq(statementPosition.statementId, id),
					eq(statementPosition.organisationId, input.organisationId)
				)
			);
		const values = {
			...input,
			reservation: input.position === 'reservation' ? input.reservation : '',
			recordedBy: actor!.id,
			recordedByName: actor!.name,
			onBehalf: actor!.organisationId !== input.organisationId,
			recordedAt: new Date()
		};
		const [after] = await tx
			.insert(statementPosition)
			.values({ statementId: id, ...values })
			.onConflictDoUpdate({
				target: [statementPosition.statementId, statementPosition.organisationId],
				set: values
			})
			.returning();
		await touch(tx, row, {});
		await recordAudit(tx, actor, {
			entity: 'statement',
			entityId: id,
			kind: 'record_position',
			before: before ?? null,
			after
		});
		return after;
	});
}

/** Freezes the text: from now on it changes only as a correction with a reason. */
export async function freezeStatement(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageStatements);
	const { id, version } = parseInput(versionedRef, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await loadStatement(tx, id, version);
		if (!EDITABLE.has(before.status))
			throw new ValidationError({ _form: 'statement_error_frozen' });
		const after = await touch(tx, before, { status: 'final', frozenAt: new Date() });
		await recordAudit(tx, ctx.actor, {
			entity: 'statement',
			entityId: id,
			kind: 'freeze',
			before,
			after
		});
		return after;
	});
}

export async function recordSending(ctx: Ctx, raw: unknown, today = osloDate()) {
	allow(ctx, canManageStatements);
	const { id } = parseInput(idRef, raw);
	const input = parseInput(sendingInput, raw);
	if (input.sentOn > today) throw new ValidationError({ sentOn: 'statement_error_sent_future' });
	return ctx.db.transaction(async (tx) => {
		const before = await loadStatement(tx, id);
		if (before.status !== 'final' && before.status !== 'sent')
			throw new ValidationError({ _form: 'statement_error_not_frozen' });
		const after = await touch(tx, before, {
			status: 'sent',
			sentOn: input.sentOn,
			sentTo: input.sentTo
		});
		if (before.hearingId)
			await tx
				.update(hearing)
				.set({ status: 'sent', updatedAt: new Date() })
				.where(eq(hearing.id, before.hearingId));
		await recordAudit(tx, ctx.actor, {
			entity: 'statement',
			entityId: id,
			kind: 'send',
			before,
			after
		});
		return after;
	});
}
