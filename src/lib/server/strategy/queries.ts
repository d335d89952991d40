import { asc, desc, eq } from 'drizzle-orm';
import type { Ctx, Tx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import type { Db } from '../platform/db/client.ts';
import { goal, strategy, theme } from './schema.ts';

/** The themes as a form's or a filter's choices, in the strategy's order. */
export function themeChoices(db: Db | Tx) {
	return db
		.select({ value: theme.id, label: theme.name })
		.from(theme)
		.orderBy(asc(theme.sortOrder), asc(theme.name));
}

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
