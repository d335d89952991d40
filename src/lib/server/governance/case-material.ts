import { and, asc, eq, inArray } from 'drizzle-orm';
import { compareNorwegian } from '../../intl.ts';
import {
	attachmentInput,
	attachmentRef,
	caseLinksInput,
	caseRef
} from '../../schemas/governance.ts';
import { allow, canManageGovernance, canUseWorkspace } from '../core/access.ts';
import { findActionIds } from '../actions/queries.ts';
import { actionPath } from '../../links.ts';
import { action, actionProgramme } from '../actions/schema.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import type { Db } from '../platform/db/client.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { checkDocument } from '../shared/uploads.ts';
import { hearing } from '../hearings/schema.ts';
import { PUBLIC_STATEMENT } from '../statements/queries.ts';
import { statement } from '../statements/schema.ts';
import { parseInput } from '../core/validate.ts';
import type { FileReply } from '../shared/files.ts';
import { caseAttachment, caseLink } from './records-schema.ts';
import { mayRead, readableBodies } from './readers.ts';
import { meeting, meetingCase } from './schema.ts';

async function caseOf(tx: Tx, caseId: number) {
	const [c] = await tx.select().from(meetingCase).where(eq(meetingCase.id, caseId));
	if (!c) throw new NotFoundError('case');
	return c;
}

/**
 * Sets a case's links: action points of the current programme by code, hearings and statements
 * by id. Unknown codes are named back to the user.
 */
export async function setCaseLinks(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageGovernance);
	const { caseId } = parseInput(caseRef, raw);
	const input = parseInput(caseLinksInput, raw);
	return ctx.db.transaction(async (tx) => {
		const c = await caseOf(tx, caseId);
		await writeLinks(tx, caseId, input);
		await recordAudit(tx, ctx.actor, {
			entity: 'meeting',
			entityId: c.meetingId,
			kind: 'set_case_links',
			after: { caseId, ...input }
		});
	});
}

/** Replaces a case's links inside the caller's transaction. */
export async function writeLinks(
	tx: Tx,
	caseId: number,
	input: { actionCodes: string[]; hearingIds: number[]; statementIds: number[] }
) {
	const actionIds = await findActionIds(tx, input.actionCodes);
	if (!actionIds) throw new ValidationError({ actionCodes: 'hearing_error_action_codes' });
	const hearings = input.hearingIds.length
		? await tx.select({ id: hearing.id }).from(hearing).where(inArray(hearing.id, input.hearingIds))
		: [];
	if (hearings.length !== new Set(input.hearingIds).size)
		throw new ValidationError({ hearingIds: 'error_choice' });
	const statements = input.statementIds.length
		? await tx
				.select({ id: statement.id })
				.from(statement)
				.where(inArray(statement.id, input.statementIds))
		: [];
	if (statements.length !== new Set(input.statementIds).size)
		throw new ValidationError({ statementIds: 'error_choice' });
	await tx.delete(caseLink).where(eq(caseLink.caseId, caseId));
	const rows = [
		...actionIds.map((id) => ({ caseId, kind: 'action' as const, targetId: id })),
		...hearings.map((h) => ({ caseId, kind: 'hearing' as const, targetId: h.id })),
		...statements.map((s) => ({ caseId, kind: 'statement' as const, targetId: s.id }))
	];
	if (rows.length) await tx.insert(caseLink).values(rows);
}

export interface CaseLinkView {
	kind: 'action' | 'hearing' | 'statement';
	id: number;
	label: string;
	/** Public address, or null when the target has no public page (a draft statement). */
	href: string | null;
}

/**
 * The links of some cases, by case id, each with a label and where it leads. For the public
 * (`publicOnly`) only what has a public page: hearings the partnership has answered, final and
 * sent statements; the titles of drafts and open hearings stay inside.
 */
export async function linksOf(
	db: Db | Tx,
	caseIds: number[],
	publicOnly = false
): Promise<Map<number, CaseLinkView[]>> {
	const out = new Map<number, CaseLinkView[]>();
	if (!caseIds.length) return out;
	const links = await db.select().from(caseLink).where(inArray(caseLink.caseId, caseIds));
	const ids = (kind: string) => links.filter((l) => l.kind === kind).map((l) => l.targetId);
	const [actions, hearings, statements] = [
		ids('action').length
			? await db
					.select({
						id: action.id,
						label: action.code,
						title: action.title,
						programme: { status: actionProgramme.status, slug: actionProgramme.slug }
					})
					.from(action)
					.innerJoin(actionProgramme, eq(actionProgramme.id, action.programmeId))
					.where(inArray(action.id, ids('action')))
			: [],
		ids('hearing').length
			? await db
					.select({ id: hearing.id, title: hearing.title, status: hearing.status })
					.from(hearing)
					.where(inArray(hearing.id, ids('hearing')))
			: [],
		ids('statement').length
			? await db
					.select({ id: statement.id, title: statement.title, status: statement.status })
					.from(statement)
					.where(inArray(statement.id, ids('statement')))
			: []
	];
	for (const l of links) {
		let view: CaseLinkView | undefined;
		if (l.kind === 'action') {
			const a = actions.find((x) => x.id === l.targetId);
			if (a)
				view = {
					kind: 'action',
					id: a.id,
					label: `${a.label} ${a.title}`,
					// The programme the link was made in: a case of 2023 keeps meaning that HA16.
					href: actionPath(a.label, a.programme)
				};
		} else if (l.kind === 'hearing') {
			const h = hearings.find((x) => x.id === l.targetId);
			const answered = h?.status === 'sent';
			if (h && (answered || !publicOnly))
				view = {
					kind: 'hearing',
					id: h.id,
					label: h.title,
					href: answered ? `/horinger#horing-${h.id}` : null
				};
		} else {
			const s = statements.find((x) => x.id === l.targetId);
			const published = s && (PUBLIC_STATEMENT as readonly string[]).includes(s.status);
			if (s && (published || !publicOnly))
				view = {
					kind: 'statement',
					id: s.id,
					label: s.title,
					href: published ? `/uttalelser/${s.id}` : null
				};
		}
		if (view) out.set(l.caseId, [...(out.get(l.caseId) ?? []), view]);
	}
	for (const list of out.values())
		list.sort((a, b) => compareNorwegian(a.kind, b.kind) || compareNorwegian(a.label, b.label));
	return out;
}

/** Attaches a document to a case, exempt from public access when it is marked so. */
export async function addCaseAttachment(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageGovernance);
	const { caseId, file, ...input } = parseInput(attachmentInput, raw);
	const checked = await checkDocument(file.name, file.content);
	return ctx.db.transaction(async (tx) => {
		const c = await caseOf(tx, caseId);
		const [row] = await tx
			.insert(caseAttachment)
			.values({
				caseId,
				...checked,
				exempt: input.exempt,
				exemptBasis: input.exempt ? input.exemptBasis : '',
				size: file.content.byteLength,
				content: Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength),
				uploadedBy: ctx.actor?.id ?? null
			})
			.returning({ id: caseAttachment.id, fileName: caseAttachment.fileName });
		await recordAudit(tx, ctx.actor, {
			entity: 'meeting',
			entityId: c.meetingId,
			kind: 'add_attachment',
			after: { caseId, ...row, exempt: input.exempt }
		});
		return row;
	});
}

const attachmentColumns = {
	id: caseAttachment.id,
	caseId: caseAttachment.caseId,
	fileName: caseAttachment.fileName,
	size: caseAttachment.size,
	exempt: caseAttachment.exempt,
	exemptBasis: caseAttachment.exemptBasis
};

/** The attachments of some cases, without their content. */
export async function attachmentsOf(db: Db | Tx, caseIds: number[]) {
	if (!caseIds.length) return [];
	return db
		.select(attachmentColumns)
		.from(caseAttachment)
		.where(inArray(caseAttachment.caseId, caseIds))
		.orderBy(asc(caseAttachment.id));
}

/** An attachment with its content for someone who may read the meeting's internal material. */
export async function getCaseAttachment(ctx: Ctx, input: unknown): Promise<FileReply> {
	allow(ctx, canUseWorkspace);
	const { id: meetingId, attachmentId } = parseInput(attachmentRef, input);
	const [row] = await ctx.db
		.select({
			fileName: caseAttachment.fileName,
			contentType: caseAttachment.contentType,
			content: caseAttachment.content,
			bodyId: meeting.bodyId,
			status: meeting.status
		})
		.from(caseAttachment)
		.innerJoin(meetingCase, eq(meetingCase.id, caseAttachment.caseId))
		.innerJoin(meeting, eq(meeting.id, meetingCase.meetingId))
		.where(and(eq(caseAttachment.id, attachmentId), eq(meeting.id, meetingId)));
	if (!row) throw new NotFoundError('attachment');
	const member = row.status !== 'planned' && mayRead(await readableBodies(ctx), row.bodyId);
	if (!canManageGovernance(ctx.actor) && !member) throw new NotFoundError('attachment');
	return { body: row.content, fileName: row.fileName, contentType: row.contentType };
}
