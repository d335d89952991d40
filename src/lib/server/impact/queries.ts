// What the common voice achieved: per statement, and summed up for /gjennomslag and the dashboard.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { idRef } from '../../schemas/common.ts';
import { demandOutcomes, type DemandOutcome } from '../../schemas/values.ts';
import { allow, canManageStatements, canUseWorkspace } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { perGeneration } from '../core/audit.ts';
import { parseInput } from '../core/validate.ts';
import type { Db } from '../platform/db/client.ts';
import { osloDate } from '../shared/dates.ts';
import { statement } from '../statements/schema.ts';
import { statementDemand, statementImpact } from './schema.ts';

/** A statement's demands and the decision on them; only sent statements have any. */
export async function impactOf(db: Db, statementId: number) {
	const [impact] = await db
		.select()
		.from(statementImpact)
		.where(eq(statementImpact.statementId, statementId));
	const demands = await db
		.select({
			id: statementDemand.id,
			position: statementDemand.position,
			text: statementDemand.text,
			outcome: statementDemand.outcome,
			evidence: statementDemand.evidence
		})
		.from(statementDemand)
		.innerJoin(statement, eq(statement.id, statementDemand.statementId))
		.where(and(eq(statementDemand.statementId, statementId), eq(statement.status, 'sent')))
		.orderBy(asc(statementDemand.position));
	return {
		version: impact?.version ?? 0,
		decision: impact?.decision
			? { text: impact.decision, on: impact.decidedOn!, url: impact.decisionUrl }
			: null,
		demands
	};
}

/** The workspace page of a statement's impact: its demands, the decision, and the forms. */
export async function getImpactPage(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { id } = parseInput(idRef, input);
	const [s] = await ctx.db
		.select({
			id: statement.id,
			title: statement.title,
			status: statement.status,
			sentOn: statement.sentOn,
			recipient: sql<string>`coalesce(nullif(${statement.sentTo}, ''), ${statement.recipient})`
		})
		.from(statement)
		.where(eq(statement.id, id));
	if (!s) throw new NotFoundError('statement');
	return {
		statement: s,
		impact: await impactOf(ctx.db, id),
		canManage: canManageStatements(ctx.actor),
		today: osloDate()
	};
}

type Counts = Record<DemandOutcome, number> & { total: number };
const emptyCounts = (): Counts => ({ met: 0, partly: 0, not_met: 0, open: 0, total: 0 });

/**
 * Demands of sent statements by outcome: in all, per year sent and per recipient. Public: sent
 * statements are public, and so is what became of what they asked for.
 */
export async function impactSummary(db: Db) {
	const rows = await db
		.select({
			year: sql<number>`extract(year from ${statement.sentOn})::int`,
			recipient: sql<string>`coalesce(nullif(${statement.sentTo}, ''), nullif(${statement.recipient}, ''), '–')`,
			outcome: statementDemand.outcome,
			n: sql<number>`count(*)::int`
		})
		.from(statementDemand)
		.innerJoin(statement, eq(statement.id, statementDemand.statementId))
		.where(eq(statement.status, 'sent'))
		.groupBy(sql`1`, sql`2`, statementDemand.outcome)
		.orderBy(desc(sql`1`), asc(sql`2`));
	const total = emptyCounts();
	const byYear = new Map<number, Counts>();
	const byRecipient = new Map<string, Counts>();
	for (const r of rows) {
		for (const counts of [
			total,
			byYear.get(r.year) ?? byYear.set(r.year, emptyCounts()).get(r.year)!,
			byRecipient.get(r.recipient) ?? byRecipient.set(r.recipient, emptyCounts()).get(r.recipient)!
		]) {
			counts[r.outcome] += r.n;
			counts.total += r.n;
		}
	}
	return {
		outcomes: demandOutcomes,
		total,
		byYear: [...byYear].map(([year, counts]) => ({ key: String(year), ...counts })),
		byRecipient: [...byRecipient].map(([recipient, counts]) => ({ key: recipient, ...counts }))
	};
}

/** The dashboard's figure: the summary's total, kept per cache generation as public pages are. */
export const impactTotal = (db: Db) =>
	perGeneration(db, 'impact-total', async () => (await impactSummary(db)).total);

/** `/gjennomslag`: the summary, and the statements behind it with their decisions. */
export async function getImpactOverview(ctx: Ctx) {
	const statements = await ctx.db
		.select({
			id: statement.id,
			title: statement.title,
			sentOn: statement.sentOn,
			decision: statementImpact.decision,
			decidedOn: statementImpact.decidedOn,
			demands: sql<number>`(select count(*)::int from ${statementDemand} where ${statementDemand.statementId} = ${statement.id})`,
			met: sql<number>`(select count(*)::int from ${statementDemand} where ${statementDemand.statementId} = ${statement.id} and ${statementDemand.outcome} = 'met')`
		})
		.from(statement)
		.leftJoin(statementImpact, eq(statementImpact.statementId, statement.id))
		.where(
			and(
				eq(statement.status, 'sent'),
				sql`exists (select 1 from ${statementDemand} where ${statementDemand.statementId} = ${statement.id})`
			)
		)
		.orderBy(desc(statement.sentOn), desc(statement.id))
		.limit(100);
	return { summary: await impactSummary(ctx.db), statements };
}
