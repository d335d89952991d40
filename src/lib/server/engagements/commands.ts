import { eq, inArray } from 'drizzle-orm';
import { versionedRef } from '../../schemas/common.ts';
import {
	engagementInput,
	inquiryInput,
	nextStepInput,
	type EngagementInput,
	type InquiryInput
} from '../../schemas/engagement.ts';
import { findActionIds } from '../actions/queries.ts';
import { allow, canManageRelations } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { followUp } from '../governance/records-schema.ts';
import { organisation } from '../partners/schema.ts';
import { osloDate } from '../shared/dates.ts';
import { user } from '../users/schema.ts';
import { engagement, engagementAction, engagementActor, inquiry, inquiryAction } from './schema.ts';

async function assertOrganisations(tx: Tx, ids: (number | null)[], field: string) {
	const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
	if (!wanted.length) return;
	const found = await tx
		.select({ id: organisation.id })
		.from(organisation)
		.where(inArray(organisation.id, wanted));
	if (found.length !== wanted.length) throw new ValidationError({ [field]: 'error_choice' });
}

async function actionIdsOf(tx: Tx, codes: string[]) {
	const ids = await findActionIds(tx, codes);
	if (!ids) throw new ValidationError({ actionCodes: 'hearing_error_action_codes' });
	return [...new Set(ids)];
}

async function checkInquiry(tx: Tx, input: InquiryInput, today: string) {
	if (input.receivedOn > today) throw new ValidationError({ receivedOn: 'error_date_future' });
	await assertOrganisations(tx, [input.fromOrganisationId], 'fromOrganisationId');
	if (input.handlerId) {
		const [handler] = await tx
			.select({ id: user.id })
			.from(user)
			.where(eq(user.id, input.handlerId));
		if (!handler) throw new ValidationError({ handlerId: 'error_choice' });
	}
	return actionIdsOf(tx, input.actionCodes);
}

function inquiryColumns(input: InquiryInput) {
	const { actionCodes: _codes, ...columns } = input;
	return columns;
}

async function writeInquiryActions(tx: Tx, inquiryId: number, actionIds: number[]) {
	await tx.delete(inquiryAction).where(eq(inquiryAction.inquiryId, inquiryId));
	if (actionIds.length)
		await tx.insert(inquiryAction).values(actionIds.map((actionId) => ({ inquiryId, actionId })));
}

export async function createInquiry(ctx: Ctx, raw: unknown, today = osloDate()) {
	allow(ctx, canManageRelations);
	const input = parseInput(inquiryInput, raw);
	return ctx.db.transaction(async (tx) => {
		const actionIds = await checkInquiry(tx, input, today);
		const [row] = await tx.insert(inquiry).values(inquiryColumns(input)).returning();
		await writeInquiryActions(tx, row.id, actionIds);
		await recordAudit(tx, ctx.actor, {
			entity: 'inquiry',
			entityId: row.id,
			kind: 'create',
			after: { ...row, actionCodes: input.actionCodes }
		});
		return row;
	});
}

export async function updateInquiry(ctx: Ctx, raw: unknown, today = osloDate()) {
	allow(ctx, canManageRelations);
	const { id, version } = parseInput(versionedRef, raw);
	const input = parseInput(inquiryInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, inquiry, eq(inquiry.id, id), 'inquiry', version);
		const actionIds = await checkInquiry(tx, input, today);
		const after = await saveRow(tx, inquiry, id, inquiryColumns(input));
		await writeInquiryActions(tx, id, actionIds);
		await recordAudit(tx, ctx.actor, {
			entity: 'inquiry',
			entityId: id,
			kind: 'update',
			before,
			after: { ...after, actionCodes: input.actionCodes }
		});
		return after;
	});
}

async function checkEngagement(tx: Tx, input: EngagementInput) {
	await assertOrganisations(tx, input.actorIds, 'actorIds');
	if (input.inquiryId) {
		const [found] = await tx
			.select({ id: inquiry.id })
			.from(inquiry)
			.where(eq(inquiry.id, input.inquiryId));
		if (!found) throw new ValidationError({ inquiryId: 'error_choice' });
	}
	return actionIdsOf(tx, input.actionCodes);
}

async function writeEngagementLinks(
	tx: Tx,
	engagementId: number,
	input: EngagementInput,
	actionIds: number[]
) {
	await tx.delete(engagementActor).where(eq(engagementActor.engagementId, engagementId));
	await tx.delete(engagementAction).where(eq(engagementAction.engagementId, engagementId));
	await tx
		.insert(engagementActor)
		.values(
			[...new Set(input.actorIds)].map((organisationId) => ({ engagementId, organisationId }))
		);
	if (actionIds.length)
		await tx
			.insert(engagementAction)
			.values(actionIds.map((actionId) => ({ engagementId, actionId })));
}

function engagementColumns(input: EngagementInput) {
	const { actorIds: _actors, actionCodes: _codes, ...columns } = input;
	return columns;
}

export async function createEngagement(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageRelations);
	const input = parseInput(engagementInput, raw);
	return ctx.db.transaction(async (tx) => {
		const actionIds = await checkEngagement(tx, input);
		const [row] = await tx.insert(engagement).values(engagementColumns(input)).returning();
		await writeEngagementLinks(tx, row.id, input, actionIds);
		await recordAudit(tx, ctx.actor, {
			entity: 'engagement',
			entityId: row.id,
			kind: 'create',
			after: { ...row, actorIds: input.actorIds, actionCodes: input.actionCodes }
		});
		return row;
	});
}

export async function updateEngagement(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageRelations);
	const { id, version } = parseInput(versionedRef, raw);
	const input = parseInput(engagementInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, engagement, eq(engagement.id, id), 'engagement', version);
		const actionIds = await checkEngagement(tx, input);
		const after = await saveRow(tx, engagement, id, engagementColumns(input));
		await writeEngagementLinks(tx, id, input, actionIds);
		await recordAudit(tx, ctx.actor, {
			entity: 'engagement',
			entityId: id,
			kind: 'update',
			before,
			after: { ...after, actorIds: input.actorIds, actionCodes: input.actionCodes }
		});
		return after;
	});
}

/** An agreed next step: a follow-up in the same list as those of cases. */
export async function addNextStep(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageRelations);
	const input = parseInput(nextStepInput, raw);
	return ctx.db.transaction(async (tx) => {
		const [found] = await tx
			.select({ id: engagement.id })
			.from(engagement)
			.where(eq(engagement.id, input.id));
		if (!found) throw new NotFoundError('engagement');
		await assertOrganisations(tx, [input.organisationId], 'organisationId');
		const [row] = await tx
			.insert(followUp)
			.values({
				engagementId: input.id,
				task: input.task,
				organisationId: input.organisationId,
				personName: input.personName,
				dueDate: input.dueDate
			})
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'engagement',
			entityId: input.id,
			kind: 'add_follow_up',
			after: row
		});
		return row;
	});
}
