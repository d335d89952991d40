import { and, asc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { commitmentDocumentRef } from '../../schemas/commitment.ts';
import { idRef, rowId } from '../../schemas/common.ts';
import { pendingCommitmentStatuses } from '../../schemas/values.ts';
import {
	allow,
	canEditCommitment,
	canRecordCommitments,
	canUseWorkspace,
	isStaff
} from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { organisation } from '../partners/schema.ts';
import { addDays, osloDate } from '../shared/dates.ts';
import type { FileReply } from '../shared/files.ts';
import { statementChoices } from '../statements/queries.ts';
import { statementImpact } from '../impact/schema.ts';
import { statement } from '../statements/schema.ts';
import { commitment, commitmentLink } from './schema.ts';
import { engagementActor, inquiry } from '../engagements/schema.ts';
import { readLinked } from '../links/items.ts';
import { reference, type Reference } from '../../schemas/references.ts';
import { commitmentReferenceKinds } from '../../schemas/values.ts';
import { commitmentListPage, isLate, readCommitment, readCommitmentDocument } from './view.ts';
import { themeChoices } from '../strategy/queries.ts';
import { matterChoices } from '../matters/view.ts';

/** How many days ahead a promised date counts as due soon. */
export const DUE_SOON_DAYS = 14;

/** The workspace's list: every commitment, internal ones too, filtered, with each actor's record. */
export async function getCommitmentsPage(ctx: Ctx, input: unknown, today = osloDate()) {
	allow(ctx, canUseWorkspace);
	return {
		...(await commitmentListPage(ctx.db, 'internal', input, today)),
		canRecord: canRecordCommitments(ctx.actor)
	};
}

/** The choices of the commitment form: a partner user records only for its own organisation. */
async function formOptions(ctx: Ctx) {
	const own = isStaff(ctx.actor) ? undefined : (ctx.actor?.organisationId ?? -1);
	return {
		actors: await ctx.db
			.select({ value: organisation.id, label: organisation.name })
			.from(organisation)
			.where(own === undefined ? eq(organisation.active, true) : eq(organisation.id, own))
			.orderBy(asc(organisation.name)),
		themes: await themeChoices(ctx.db),
		statements: await statementChoices(ctx),
		matters: await matterChoices(ctx.db, 'internal')
	};
}

const fromStatement = z.object({
	uttalelse: rowId.optional().catch(undefined),
	/** The address of the engagement, inquiry or case the promise was made in. */
	fra: reference(commitmentReferenceKinds).optional().catch(undefined)
});

/**
 * The form for a new commitment. From a statement's recorded outcome (`?uttalelse=<id>`) it
 * starts filled in: the authority's answer as its source, the statement linked, and the
 * recipient as the actor when it is an organisation the partnership knows.
 */
export async function newCommitmentForm(ctx: Ctx, input: unknown = {}) {
	allow(ctx, canRecordCommitments);
	const options = await formOptions(ctx);
	const { uttalelse, fra } = parseInput(fromStatement, input);
	const source = uttalelse ? await impactSource(ctx, uttalelse) : null;
	const actor = source && options.actors.find((a) => a.label === source.recipient);
	const origin = fra && fra.kind !== 'action' ? await originSource(ctx, fra) : null;
	return {
		options,
		prefill: origin
			? {
					...origin,
					actorId: options.actors.some((a) => a.value === origin.actorId) ? origin.actorId : '',
					isPublic: 'on'
				}
			: source
				? {
						sourceKind: 'hearing_answer',
						sourceTitle: source.decision,
						sourceUrl: source.decisionUrl ?? '',
						sourceOn: source.decidedOn,
						statementIds: [source.statementId],
						actorId: actor?.value ?? '',
						isPublic: 'on'
					}
				: null
	};
}

/**
 * An engagement, inquiry or case as the origin of a commitment: linked, with its date as the
 * source's, and for an engagement or an inquiry the organisation met or heard as the actor.
 */
async function originSource(ctx: Ctx, ref: Exclude<Reference, { kind: 'action' }>) {
	const [item] = await readLinked(ctx.db, [{ kind: ref.kind, targetId: ref.id }], 'internal');
	if (!item?.href) return null;
	const [actor] =
		ref.kind === 'engagement'
			? await ctx.db
					.select({ id: engagementActor.organisationId })
					.from(engagementActor)
					.where(eq(engagementActor.engagementId, ref.id))
					.limit(1)
			: ref.kind === 'inquiry'
				? await ctx.db
						.select({ id: inquiry.fromOrganisationId })
						.from(inquiry)
						.where(eq(inquiry.id, ref.id))
				: [];
	return {
		sourceKind: ref.kind === 'inquiry' ? 'letter' : 'meeting_decision',
		sourceTitle: item.title,
		sourceOn: item.date ?? '',
		references: [item.href],
		actorId: actor?.id ?? ''
	};
}

/** A sent statement's recorded decision, as the source of a commitment. */
async function impactSource(ctx: Ctx, statementId: number) {
	const [row] = await ctx.db
		.select({
			statementId: statement.id,
			recipient: sql<string>`coalesce(nullif(${statement.sentTo}, ''), ${statement.recipient})`,
			decision: statementImpact.decision,
			decidedOn: statementImpact.decidedOn,
			decisionUrl: statementImpact.decisionUrl
		})
		.from(statementImpact)
		.innerJoin(statement, eq(statement.id, statementImpact.statementId))
		.where(and(eq(statement.id, statementId), isNotNull(statementImpact.decision)));
	return row ?? null;
}

/** One commitment in the workspace: its history, and the forms for whoever may change it. */
export async function getCommitmentPage(ctx: Ctx, input: unknown, today = osloDate()) {
	allow(ctx, canUseWorkspace);
	const { id } = parseInput(idRef, input);
	const detail = await readCommitment(ctx.db, 'internal', id);
	if (!detail) throw new NotFoundError('commitment');
	const canEdit = canEditCommitment(ctx.actor, detail.commitment.actorId);
	return {
		detail,
		references: detail.related.filter((r) => r.kind !== 'matter').map((r) => r.href),
		matterIds: detail.related.filter((r) => r.kind === 'matter').map((r) => r.id),
		late: isLate(detail.commitment, today),
		canEdit,
		options: canEdit ? await formOptions(ctx) : null,
		today
	};
}

export async function getCommitmentDocument(ctx: Ctx, input: unknown): Promise<FileReply> {
	allow(ctx, canUseWorkspace);
	const row = await readCommitmentDocument(
		ctx.db,
		'internal',
		parseInput(commitmentDocumentRef, input)
	);
	if (!row) throw new NotFoundError('document');
	return { body: row.content, fileName: row.fileName, contentType: row.contentType };
}

/** The commitments linked to an engagement, an inquiry or a case, for its workspace page. */
export async function commitmentsFrom(
	ctx: Ctx,
	kind: (typeof commitmentReferenceKinds)[number],
	id: number
) {
	allow(ctx, canUseWorkspace);
	const links = await ctx.db
		.select({ targetId: commitmentLink.commitmentId })
		.from(commitmentLink)
		.where(and(eq(commitmentLink.kind, kind), eq(commitmentLink.targetId, id)));
	return readLinked(
		ctx.db,
		links.map((l) => ({ kind: 'commitment' as const, targetId: l.targetId })),
		'internal'
	);
}

/** Pending commitments that are past their date or due within 14 days, for the dashboard. */
export async function commitmentAttention(ctx: Ctx, today = osloDate()) {
	allow(ctx, canUseWorkspace);
	const rows = await ctx.db
		.select({
			id: commitment.id,
			promise: commitment.promise,
			status: commitment.status,
			currentDueOn: commitment.currentDueOn,
			actorName: organisation.name
		})
		.from(commitment)
		.innerJoin(organisation, eq(organisation.id, commitment.actorId))
		.where(
			and(
				inArray(commitment.status, pendingCommitmentStatuses),
				lte(commitment.currentDueOn, addDays(today, DUE_SOON_DAYS))
			)
		)
		.orderBy(asc(commitment.currentDueOn), asc(commitment.id))
		.limit(20);
	return {
		overdue: rows.filter((r) => r.currentDueOn < today),
		dueSoon: rows.filter((r) => r.currentDueOn >= today)
	};
}
