import { asc, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { goal, strategy } from './schema.ts';

export async function getStrategy(ctx: Ctx) {
	const [row] = await ctx.db.select().from(strategy).orderBy(desc(strategy.periodStart)).limit(1);
	if (!row) throw new NotFoundError('strategy');
	const goals = await ctx.db
		.select()
		.from(goal)
		.where(eq(goal.strategyId, row.id))
		.orderBy(asc(goal.number));
	return { ...row, goals };
}
