import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import { completeFollowUpInput, followUpQuery } from '../../schemas/governance.ts';
import { allow, canCompleteFollowUp, canUseWorkspace } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import type { Db } from '../platform/db/client.ts';
import { osloDate } from '../shared/dates.ts';
import { ConflictError, ValidationError } from '../core/errors.ts';
import { organisation } from '../partners/schema.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { caseNumber } from './numbers.ts';
import { readableBodies } from './readers.ts';
import { engagement } from '../engagements/schema.ts';
import { followUp } from './records-schema.ts';
import { body, meeting, meetingCase } from './schema.ts';

/**
 * Follow-ups the actor may see: all for the secretariat; for others those of the bodies they sit
 * in and those their own organisation holds. Open ones by due date, done ones newest first.
 */
const PAGE = 50;

/** The follow-up page: open ones, or the finished ones (`vis=ferdige`), a page at a time. */
export async function getFollowUpsPage(ctx: Ctx, input: unknown, today = osloDate()) {
	const { vis, offset } = parseInput(followUpQuery, input);
	const done = vis === 'ferdige';
	return {
		followUps: await listFollowUps(ctx, { done, limit: PAGE, offset }, today),
		done,
		limit: PAGE,
		offset
	};
}

async function listFollowUps(
	ctx: Ctx,
	page: { done: boolean; limit: number; offset: number },
	today = osloDate()
) {
	allow(ctx, canUseWorkspace);
	const readable = await readableBodies(ctx, today);
	let visible: SQL | undefined;
	if (readable !== 'all') {
		const own =
			ctx.actor?.organisationId != null
				? eq(followUp.organisationId, ctx.actor.organisationId)
				: undefined;
		const bodies = readable.size ? inArray(meeting.bodyId, [...readable]) : undefined;
		// Engagements are read by every workspace user, and so are their follow-ups.
		visible = or(own, bodies, isNotNull(followUp.engagementId));
	}
	const where = and(page.done ? isNotNull(followUp.doneOn) : isNull(followUp.doneOn), visible);
	const rows = await ctx.db
		.select({
			followUp,
			organisationName: organisation.name,
			caseTitle: meetingCase.title,
			caseYear: meetingCase.year,
			caseNo: meetingCase.number,
			bodyName: body.name,
			meetingStartsAt: meeting.startsAt,
			engagementTopic: engagement.topic,
			engagementHeldOn: engagement.heldOn
		})
		.from(followUp)
		.leftJoin(meetingCase, eq(meetingCase.id, followUp.caseId))
		.leftJoin(meeting, eq(meeting.id, followUp.meetingId))
		.leftJoin(body, eq(body.id, meeting.bodyId))
		.leftJoin(engagement, eq(engagement.id, followUp.engagementId))
		.leftJoin(organisation, eq(organisation.id, followUp.organisationId))
		.where(where)
		.orderBy(
			...(page.done
				? [desc(followUp.doneOn), desc(followUp.id)]
				: [asc(followUp.dueDate), asc(followUp.id)])
		)
		.limit(page.limit)
		.offset(page.offset);
	const [{ total }] = await ctx.db
		.select({ total: count() })
		.from(followUp)
		.leftJoin(meeting, eq(meeting.id, followUp.meetingId))
		.where(where);
	return {
		total,
		items: rows.map((r) => ({
			...r.followUp,
			organisationName: r.organisationName,
			caseNumber:
				r.caseNo !== null && r.caseYear !== null
					? caseNumber({ number: r.caseNo, year: r.caseYear })
					: null,
			caseTitle: r.caseTitle,
			bodyName: r.bodyName,
			meetingStartsAt: r.meetingStartsAt,
			engagementTopic: r.engagementTopic,
			engagementHeldOn: r.engagementHeldOn,
			overdue: !r.followUp.doneOn && r.followUp.dueDate < today,
			mayComplete: canCompleteFollowUp(ctx.actor, r.followUp.organisationId)
		}))
	};
}

/** Marks a follow-up done with a short result; its holder's users or the secretariat may. */
export async function completeFollowUp(ctx: Ctx, raw: unknown, today = osloDate()) {
	const { followUpId: id, ...input } = parseInput(completeFollowUpInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, followUp, eq(followUp.id, id), 'follow_up');
		allow(ctx, (actor) => canCompleteFollowUp(actor, before.organisationId));
		if (before.version !== input.version) throw new ConflictError('follow_up');
		if (before.doneOn) throw new ValidationError({ _form: 'follow_up_error_done' });
		const after = await saveRow(tx, followUp, id, {
			doneOn: today,
			result: input.result,
			doneBy: ctx.actor?.id ?? null
		});
		// Kept in the trail of the meeting or the engagement where the follow-up was agreed.
		await recordAudit(tx, ctx.actor, {
			entity: before.engagementId ? 'engagement' : 'meeting',
			entityId: (before.engagementId ?? before.meetingId)!,
			kind: 'complete_follow_up',
			before,
			after
		});
		return after;
	});
}

/** The follow-ups of some cases with their holding organisation's name, by due date. */
export async function followUpRowsOf(db: Db | Tx, caseIds: number[]) {
	if (!caseIds.length) return [];
	return db
		.select({ followUp, organisationName: organisation.name })
		.from(followUp)
		.leftJoin(organisation, eq(organisation.id, followUp.organisationId))
		.where(inArray(followUp.caseId, caseIds))
		.orderBy(asc(followUp.dueDate), asc(followUp.id));
}

/** Follow-up rows for the meeting page, with whether the actor may close each. */
export const withCompletion = (ctx: Ctx, rows: Awaited<ReturnType<typeof followUpRowsOf>>) =>
	rows.map((r) => ({
		...r.followUp,
		organisationName: r.organisationName,
		mayComplete: canCompleteFollowUp(ctx.actor, r.followUp.organisationId)
	}));

/** An engagement's follow-ups, with whether the actor may close each. */
export async function followUpRowsOfEngagement(ctx: Ctx, engagementId: number) {
	const rows = await ctx.db
		.select({ followUp, organisationName: organisation.name })
		.from(followUp)
		.leftJoin(organisation, eq(organisation.id, followUp.organisationId))
		.where(eq(followUp.engagementId, engagementId))
		.orderBy(asc(followUp.dueDate), asc(followUp.id));
	return withCompletion(ctx, rows);
}
