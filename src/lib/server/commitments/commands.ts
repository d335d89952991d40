import { and, eq, inArray } from 'drizzle-orm';
import { versionedRef } from '../../schemas/common.ts';
import {
	commitmentEntryInput,
	commitmentInput,
	commitmentSourceFile,
	type CommitmentInput
} from '../../schemas/commitment.ts';
import { findActionIds } from '../actions/queries.ts';
import { allow, canEditCommitment, canRecordCommitments } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Actor, Ctx, Tx } from '../core/context.ts';
import { ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { organisation } from '../partners/schema.ts';
import { osloDate } from '../shared/dates.ts';
import { checkDocument } from '../shared/uploads.ts';
import { statement } from '../statements/schema.ts';
import { theme } from '../strategy/schema.ts';
import { allExist, resolveReferences } from '../links/references.ts';
import { matterLink } from '../matters/schema.ts';
import type { commitmentReferenceKinds } from '../../schemas/values.ts';
import { commitment, commitmentDocument, commitmentEntry, commitmentLink } from './schema.ts';

type Upload = { name: string; content: Uint8Array };

/** The ids of what a commitment links to, each checked to exist; unknown ones are named back. */
async function checkLinks(tx: Tx, input: CommitmentInput) {
	const errors: Record<string, string> = {};
	const [actor] = await tx
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.id, input.actorId));
	if (!actor) errors.actorId = 'error_choice';
	const actionIds = await findActionIds(tx, input.actionCodes);
	if (!actionIds) errors.actionCodes = 'hearing_error_action_codes';
	const found = async (table: typeof statement | typeof theme, ids: number[]) =>
		ids.length
			? (await tx.select({ id: table.id }).from(table).where(inArray(table.id, ids))).length ===
				new Set(ids).size
			: true;
	if (!(await found(statement, input.statementIds))) errors.statementIds = 'error_choice';
	if (!(await found(theme, input.themeIds))) errors.themeIds = 'error_choice';
	const references = await resolveReferences(tx, input.references);
	if (!references) errors.references = 'matter_error_reference_unknown';
	if (!(await allExist(tx, 'matter', input.matterIds))) errors.matterIds = 'error_choice';
	if (Object.keys(errors).length) throw new ValidationError(errors);
	return { actionIds: actionIds ?? [], references: references ?? [] };
}

type Checked = Awaited<ReturnType<typeof checkLinks>>;

async function writeLinks(tx: Tx, id: number, input: CommitmentInput, checked: Checked) {
	await tx.delete(commitmentLink).where(eq(commitmentLink.commitmentId, id));
	const rows = [
		...[...new Set(checked.actionIds)].map((targetId) => ({ kind: 'action' as const, targetId })),
		...checked.references.map(({ kind, targetId }) => ({
			kind: kind as (typeof commitmentReferenceKinds)[number],
			targetId
		})),
		...[...new Set(input.statementIds)].map((targetId) => ({
			kind: 'statement' as const,
			targetId
		})),
		...[...new Set(input.themeIds)].map((targetId) => ({ kind: 'theme' as const, targetId }))
	].map((row) => ({ ...row, commitmentId: id }));
	if (rows.length) await tx.insert(commitmentLink).values(rows);
	// The matters it belongs to are the matters' links, so that a matter's timeline shows it.
	await tx
		.delete(matterLink)
		.where(and(eq(matterLink.kind, 'commitment'), eq(matterLink.targetId, id)));
	const matters = [...new Set(input.matterIds)].map((matterId) => ({
		matterId,
		kind: 'commitment' as const,
		targetId: id
	}));
	if (matters.length) await tx.insert(matterLink).values(matters);
}

function columnsOf(input: CommitmentInput) {
	const {
		actionCodes: _a,
		statementIds: _s,
		themeIds: _t,
		references: _r,
		matterIds: _m,
		...columns
	} = input;
	return columns;
}

async function storeDocument(
	tx: Tx,
	actor: Actor | null,
	commitmentId: number,
	entryId: number | null,
	file: Upload,
	checked: { fileName: string; contentType: string }
) {
	const [row] = await tx
		.insert(commitmentDocument)
		.values({
			commitmentId,
			entryId,
			...checked,
			size: file.content.byteLength,
			content: Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength),
			uploadedBy: actor?.id ?? null
		})
		.returning({ id: commitmentDocument.id, fileName: commitmentDocument.fileName });
	return row;
}

const checkedFile = async (file: Upload | undefined) =>
	file ? await checkDocument(file.name, file.content) : null;

/**
 * Records a commitment and its first entry ("open"). A promised date must not lie in the past:
 * what was due before it was recorded is history, not a commitment to follow up.
 */
export async function createCommitment(ctx: Ctx, raw: unknown, today = osloDate()) {
	allow(ctx, canRecordCommitments);
	const input = parseInput(commitmentInput, raw);
	const { file } = parseInput(commitmentSourceFile, raw);
	allow(ctx, (actor) => canEditCommitment(actor, input.actorId));
	if (input.dueOn < today) throw new ValidationError({ dueOn: 'commitment_error_due_past' });
	const checked = await checkedFile(file);
	return ctx.db.transaction(async (tx) => {
		const links = await checkLinks(tx, input);
		const [row] = await tx
			.insert(commitment)
			.values({ ...columnsOf(input), currentDueOn: input.dueOn })
			.returning();
		await tx.insert(commitmentEntry).values({
			commitmentId: row.id,
			on: today,
			status: 'open',
			recordedBy: ctx.actor?.id ?? null,
			recordedByName: ctx.actor?.name ?? 'system'
		});
		await writeLinks(tx, row.id, input, links);
		const document =
			file && checked ? await storeDocument(tx, ctx.actor, row.id, null, file, checked) : null;
		await recordAudit(tx, ctx.actor, {
			entity: 'commitment',
			entityId: row.id,
			kind: 'create',
			after: { ...row, ...input, document }
		});
		return row;
	});
}

/** Corrects what a commitment says (the promise, its source, its links); never its history. */
export async function updateCommitment(ctx: Ctx, raw: unknown) {
	allow(ctx, canRecordCommitments);
	const { id, version } = parseInput(versionedRef, raw);
	const input = parseInput(commitmentInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, commitment, eq(commitment.id, id), 'commitment', version);
		allow(ctx, (actor) => canEditCommitment(actor, before.actorId));
		allow(ctx, (actor) => canEditCommitment(actor, input.actorId));
		const links = await checkLinks(tx, input);
		// A promised date that was moved by a delay stays moved; the original date is corrected.
		const moved = before.currentDueOn !== before.dueOn;
		const after = await saveRow(tx, commitment, id, {
			...columnsOf(input),
			currentDueOn: moved ? before.currentDueOn : input.dueOn
		});
		await writeLinks(tx, id, input, links);
		await recordAudit(tx, ctx.actor, {
			entity: 'commitment',
			entityId: id,
			kind: 'update',
			before,
			after: { ...after, ...input }
		});
		return after;
	});
}

/** Adds an entry to a commitment's history and makes its status the commitment's. */
export async function recordCommitmentStatus(ctx: Ctx, raw: unknown, today = osloDate()) {
	allow(ctx, canRecordCommitments);
	const input = parseInput(commitmentEntryInput, raw);
	if (input.on > today) throw new ValidationError({ on: 'commitment_error_on_future' });
	const checked = await checkedFile(input.file);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(
			tx,
			commitment,
			eq(commitment.id, input.id),
			'commitment',
			input.version
		);
		allow(ctx, (actor) => canEditCommitment(actor, before.actorId));
		if (input.status === before.status && input.status !== 'delayed')
			throw new ValidationError({ status: 'commitment_error_same_status' });
		const [entry] = await tx
			.insert(commitmentEntry)
			.values({
				commitmentId: before.id,
				on: input.on,
				status: input.status,
				newDueOn: input.newDueOn,
				evidence: input.evidence,
				evidenceUrl: input.evidenceUrl,
				recordedBy: ctx.actor?.id ?? null,
				recordedByName: ctx.actor?.name ?? 'system'
			})
			.returning();
		const document =
			input.file && checked
				? await storeDocument(tx, ctx.actor, before.id, entry.id, input.file, checked)
				: null;
		const after = await saveRow(tx, commitment, before.id, {
			status: input.status,
			currentDueOn: input.newDueOn ?? before.currentDueOn
		});
		await recordAudit(tx, ctx.actor, {
			entity: 'commitment',
			entityId: before.id,
			kind: 'record_status',
			before: { status: before.status, currentDueOn: before.currentDueOn },
			after: { ...entry, document }
		});
		return after;
	});
}
