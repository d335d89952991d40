import { and, asc, count, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { idRef, rowId } from '../../schemas/common.ts';
import { engagementFilter, inquiryFilter } from '../../schemas/engagement.ts';
import { pendingInquiryStatuses } from '../../schemas/values.ts';
import { action } from '../actions/schema.ts';
import { allow, canManageRelations, canUseWorkspace } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { followUpRowsOfEngagement } from '../governance/follow-ups.ts';
import { commitmentsFrom } from '../commitments/queries.ts';
import { mattersOf } from '../matters/view.ts';
import { measuresFrom } from '../measures/queries.ts';
import { organisation } from '../partners/schema.ts';
import { addDays, osloDate } from '../shared/dates.ts';
import { user } from '../users/schema.ts';
import { engagement, engagementAction, engagementActor, inquiry, inquiryAction } from './schema.ts';

const PAGE = 25;
/** An inquiry unanswered this many days after it came in is listed on the dashboard. */
export const INQUIRY_ANSWER_DAYS = 14;

async function organisationChoices(ctx: Ctx) {
	return ctx.db
		.select({ value: organisation.id, label: organisation.name })
		.from(organisation)
		.where(eq(organisation.active, true))
		.orderBy(asc(organisation.name));
}

export async function inquiryFormOptions(ctx: Ctx) {
	allow(ctx, canManageRelations);
	return {
		organisations: await organisationChoices(ctx),
		people: await ctx.db
			.select({ value: user.id, label: user.name })
			.from(user)
			.where(inArray(user.role, ['admin', 'secretariat']))
			.orderBy(asc(user.name))
	};
}

export async function getInquiriesPage(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { status, offset } = parseInput(inquiryFilter, input);
	const where = status ? eq(inquiry.status, status) : undefined;
	const rows = await ctx.db
		.select({
			id: inquiry.id,
			topic: inquiry.topic,
			kind: inquiry.kind,
			status: inquiry.status,
			receivedOn: inquiry.receivedOn,
			fromRole: inquiry.fromRole,
			fromName: organisation.name,
			isExample: inquiry.isExample
		})
		.from(inquiry)
		.leftJoin(organisation, eq(organisation.id, inquiry.fromOrganisationId))
		.where(where)
		.orderBy(desc(inquiry.receivedOn), desc(inquiry.id))
		.limit(PAGE)
		.offset(offset);
	const [{ total }] = await ctx.db.select({ total: count() }).from(inquiry).where(where);
	return {
		rows,
		total,
		status,
		limit: PAGE,
		offset,
		canManage: canManageRelations(ctx.actor)
	};
}

const actionColumns = { id: action.id, code: action.code, title: action.title };

export async function getInquiryPage(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { id } = parseInput(idRef, input);
	const [row] = await ctx.db
		.select({ inquiry, fromName: organisation.name, handlerName: user.name })
		.from(inquiry)
		.leftJoin(organisation, eq(organisation.id, inquiry.fromOrganisationId))
		.leftJoin(user, eq(user.id, inquiry.handlerId))
		.where(eq(inquiry.id, id));
	if (!row) throw new NotFoundError('inquiry');
	const actions = await ctx.db
		.select(actionColumns)
		.from(inquiryAction)
		.innerJoin(action, eq(action.id, inquiryAction.actionId))
		.where(eq(inquiryAction.inquiryId, id))
		.orderBy(asc(action.code));
	const engagements = await ctx.db
		.select({ id: engagement.id, topic: engagement.topic, heldOn: engagement.heldOn })
		.from(engagement)
		.where(eq(engagement.inquiryId, id))
		.orderBy(asc(engagement.heldOn));
	const canManage = canManageRelations(ctx.actor);
	return {
		...row,
		actions,
		engagements,
		measures: await measuresFrom(ctx.db, 'inquiry', id),
		commitments: await commitmentsFrom(ctx, 'inquiry', id),
		matters: await mattersOf(ctx.db, 'inquiry', id, 'internal'),
		canManage,
		options: canManage ? await inquiryFormOptions(ctx) : null
	};
}

export async function getEngagementsPage(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { offset } = parseInput(engagementFilter, input);
	const actors = sql<string>`(select string_agg(${organisation.name}, ', ' order by ${organisation.name}) from ${engagementActor} join ${organisation} on ${organisation.id} = ${engagementActor.organisationId} where ${engagementActor.engagementId} = ${engagement.id})`;
	const rows = await ctx.db
		.select({
			id: engagement.id,
			topic: engagement.topic,
			heldOn: engagement.heldOn,
			isExample: engagement.isExample,
			actors
		})
		.from(engagement)
		.orderBy(desc(engagement.heldOn), desc(engagement.id))
		.limit(PAGE)
		.offset(offset);
	const [{ total }] = await ctx.db.select({ total: count() }).from(engagement);
	return { rows, total, limit: PAGE, offset, canManage: canManageRelations(ctx.actor) };
}

const fromInquiry = z.object({ henvendelse: rowId.optional().catch(undefined) });

/** The form for a new engagement; from an inquiry (`?henvendelse=<id>`) it starts filled in. */
export async function newEngagementForm(ctx: Ctx, input: unknown = {}) {
	allow(ctx, canManageRelations);
	const { henvendelse } = parseInput(fromInquiry, input);
	const [source] = henvendelse
		? await ctx.db.select().from(inquiry).where(eq(inquiry.id, henvendelse))
		: [];
	const codes = source
		? await ctx.db
				.select({ code: action.code })
				.from(inquiryAction)
				.innerJoin(action, eq(action.id, inquiryAction.actionId))
				.where(eq(inquiryAction.inquiryId, source.id))
		: [];
	return {
		organisations: await organisationChoices(ctx),
		prefill: source
			? {
					topic: source.topic,
					inquiryId: source.id,
					actorIds: source.fromOrganisationId ? [source.fromOrganisationId] : [],
					actionCodes: codes.map((c) => c.code)
				}
			: null
	};
}

export async function getEngagementPage(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { id } = parseInput(idRef, input);
	const [row] = await ctx.db
		.select({ engagement, inquiryTopic: inquiry.topic })
		.from(engagement)
		.leftJoin(inquiry, eq(inquiry.id, engagement.inquiryId))
		.where(eq(engagement.id, id));
	if (!row) throw new NotFoundError('engagement');
	const actors = await ctx.db
		.select({ id: organisation.id, name: organisation.name })
		.from(engagementActor)
		.innerJoin(organisation, eq(organisation.id, engagementActor.organisationId))
		.where(eq(engagementActor.engagementId, id))
		.orderBy(asc(organisation.name));
	const actions = await ctx.db
		.select(actionColumns)
		.from(engagementAction)
		.innerJoin(action, eq(action.id, engagementAction.actionId))
		.where(eq(engagementAction.engagementId, id))
		.orderBy(asc(action.code));
	const canManage = canManageRelations(ctx.actor);
	return {
		...row,
		actors,
		actions,
		followUps: await followUpRowsOfEngagement(ctx, id),
		measures: await measuresFrom(ctx.db, 'engagement', id),
		commitments: await commitmentsFrom(ctx, 'engagement', id),
		matters: await mattersOf(ctx.db, 'engagement', id, 'internal'),
		canManage,
		organisations: canManage ? await organisationChoices(ctx) : []
	};
}

/** Inquiries still unanswered 14 days after they came in, oldest first, for the dashboard. */
export async function unansweredInquiries(ctx: Ctx, today = osloDate()) {
	allow(ctx, canUseWorkspace);
	return ctx.db
		.select({ id: inquiry.id, topic: inquiry.topic, receivedOn: inquiry.receivedOn })
		.from(inquiry)
		.where(
			and(
				inArray(inquiry.status, pendingInquiryStatuses),
				lte(inquiry.receivedOn, addDays(today, -INQUIRY_ANSWER_DAYS))
			)
		)
		.orderBy(asc(inquiry.receivedOn), asc(inquiry.id))
		.limit(20);
}
