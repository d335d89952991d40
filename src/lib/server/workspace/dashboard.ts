// The workspace's front page: what is mine this week, by role, each item with why it is there.
import { and, asc, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { listNeedsAttention } from '../actions/attention.ts';
import { getCurrentProgramme } from '../actions/queries.ts';
import { action, actionParticipant, milestone } from '../actions/schema.ts';
import { allow, canReadOutbox, canUseWorkspace, isStaff } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { commitmentAttention } from '../commitments/queries.ts';
import { unansweredInquiries } from '../engagements/queries.ts';
import { getFollowUpsPage } from '../governance/follow-ups.ts';
import { impactTotal } from '../impact/queries.ts';
import { newsRhythm } from '../news/queries.ts';
import { followerGrowth } from '../reach/queries.ts';
import { pinnedMatters } from '../matters/queries.ts';
import { listOpenHearings } from '../hearings/queries.ts';
import { hearing } from '../hearings/schema.ts';
import { notification } from '../notifications/schema.ts';
import { listSignatories } from '../partners/queries.ts';
import { organisation } from '../partners/schema.ts';
import { addDays, osloDate } from '../shared/dates.ts';
import { commonVoice } from '../statements/queries.ts';
import { statement, statementPosition } from '../statements/schema.ts';

type Programme = Awaited<ReturnType<typeof getCurrentProgramme>>;
type OpenHearing = Awaited<ReturnType<typeof listOpenHearings>>[number];

/** How far ahead "this week" and "soon" look. */
export const HORIZON_DAYS = 14;

/** The action points the actor's organisation leads or takes part in, with the next thing due. */
async function myActions(ctx: Ctx, programme: Programme, organisationId: number, today: string) {
	const participating = ctx.db
		.select({ id: actionParticipant.actionId })
		.from(actionParticipant)
		.where(eq(actionParticipant.organisationId, organisationId));
	const nextMilestone = sql<string | null>`(select min(${milestone.dueDate}) from ${milestone}
		where ${milestone.actionId} = ${action.id} and ${milestone.doneOn} is null)`;
	const rows = await ctx.db
		.select({
			code: action.code,
			title: action.title,
			status: action.status,
			progress: action.progress,
			dueDate: action.dueDate,
			isExample: action.isExample,
			leads: sql<boolean>`${action.leadOrganisationId} = ${organisationId}`,
			nextMilestone
		})
		.from(action)
		.where(
			and(
				eq(action.programmeId, programme.id),
				or(eq(action.leadOrganisationId, organisationId), inArray(action.id, participating))
			)
		)
		.orderBy(asc(action.code));
	const soon = addDays(today, HORIZON_DAYS);
	return rows.map((row) => ({
		...row,
		// What is due within the horizon (or overdue) is said, the rest is listed for its role.
		dueSoon: [row.nextMilestone, row.dueDate].some((d) => d !== null && d <= soon),
		overdue: [row.nextMilestone, row.dueDate].some((d) => d !== null && d < today)
	}));
}

/** Statements in their input round or final, where the organisation has not taken a position. */
async function positionsToRecord(ctx: Ctx, organisationId: number) {
	const signatories = await listSignatories(ctx.db);
	if (!signatories.some((o) => o.id === organisationId)) return [];
	const decided = ctx.db
		.select({ id: statementPosition.statementId })
		.from(statementPosition)
		.where(
			and(
				eq(statementPosition.organisationId, organisationId),
				ne(statementPosition.position, 'undecided')
			)
		);
	return ctx.db
		.select({
			id: statement.id,
			title: statement.title,
			status: statement.status,
			deadline: hearing.publicDeadline
		})
		.from(statement)
		.leftJoin(hearing, eq(hearing.id, statement.hearingId))
		.where(
			and(inArray(statement.status, ['input', 'final']), sql`${statement.id} not in ${decided}`)
		)
		.orderBy(sql`${hearing.publicDeadline} asc nulls last`, asc(statement.id));
}

/**
 * Deadlines of the coming days across the programme and the hearings, for the secretariat; the
 * hearings closing soon are the dashboard's own list.
 */
async function deadlines(ctx: Ctx, programme: Programme, hearings: OpenHearing[], today: string) {
	const until = addDays(today, HORIZON_DAYS);
	const [milestones, inputRounds] = await Promise.all([
		ctx.db
			.select({
				code: action.code,
				title: milestone.title,
				date: milestone.dueDate,
				isExample: action.isExample
			})
			.from(milestone)
			.innerJoin(action, eq(action.id, milestone.actionId))
			.where(
				and(
					eq(action.programmeId, programme.id),
					isNull(milestone.doneOn),
					gte(milestone.dueDate, today),
					lte(milestone.dueDate, until)
				)
			)
			.orderBy(asc(milestone.dueDate))
			.limit(50),
		ctx.db
			.select({ id: statement.id, title: statement.title, date: statement.inputDeadline })
			.from(statement)
			.where(
				and(
					eq(statement.status, 'input'),
					gte(statement.inputDeadline, today),
					lte(statement.inputDeadline, until)
				)
			)
	]);
	return { milestones, hearings, inputRounds };
}

/** Notifications waiting to go or failed, for the administrator. */
async function outboxState(ctx: Ctx) {
	if (!canReadOutbox(ctx.actor)) return null;
	const rows = await ctx.db
		.select({ status: notification.status, n: sql<number>`count(*)::int` })
		.from(notification)
		.where(inArray(notification.status, ['queued', 'sending', 'outbox', 'failed']))
		.groupBy(notification.status);
	return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
}

/**
 * What the dashboard shows. A partner user: the action points its organisation leads and takes
 * part in, its follow-ups, the positions it has yet to record and the hearings closing soon. The
 * secretariat: the whole programme's attention list, the deadlines of the next 14 days and the
 * outbox. Everyone: the common-voice figure.
 */
export async function getDashboard(ctx: Ctx, today = osloDate()) {
	allow(ctx, canUseWorkspace);
	const actor = ctx.actor!;
	const staff = isStaff(actor);
	const organisationId = actor.role === 'partner' ? actor.organisationId : null;
	const [organisationName] = organisationId
		? await ctx.db
				.select({ name: organisation.name })
				.from(organisation)
				.where(eq(organisation.id, organisationId))
		: [];
	const hearings = (await listOpenHearings(ctx, today)).filter((h) => h.daysLeft <= HORIZON_DAYS);
	const programme = await getCurrentProgramme(ctx.db);
	return {
		staff,
		horizonDays: HORIZON_DAYS,
		organisationName: organisationName?.name ?? null,
		mine: organisationId ? await myActions(ctx, programme, organisationId, today) : null,
		followUps: organisationId
			? (await getFollowUpsPage(ctx, {}, today)).followUps.items
					.filter((f) => f.organisationId === organisationId)
					.slice(0, 20)
			: null,
		positions: organisationId ? await positionsToRecord(ctx, organisationId) : null,
		hearings,
		attention: staff ? await listNeedsAttention(ctx, new Date(`${today}T12:00:00Z`)) : null,
		deadlines: staff ? await deadlines(ctx, programme, hearings, today) : null,
		commitments: staff ? await commitmentAttention(ctx, today) : null,
		inquiries: staff ? await unansweredInquiries(ctx, today) : null,
		outbox: await outboxState(ctx),
		voice: await commonVoice(ctx),
		impact: await impactTotal(ctx.db),
		news: staff ? await newsRhythm(ctx.db, today) : null,
		growth: staff ? await followerGrowth(ctx.db, today) : [],
		matters: await pinnedMatters(ctx.db, 'internal')
	};
}
