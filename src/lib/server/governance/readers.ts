import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { isStaff } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { osloDate } from '../shared/dates.ts';
import { bodyMember } from './schema.ts';

/**
 * The bodies whose internal material an actor may read: every body for the secretariat; for
 * others the bodies where they hold a current seat themselves, and for partner users also the
 * bodies where their organisation holds one. Readers without a seat get none.
 */
export async function readableBodies(ctx: Ctx, today = osloDate()): Promise<'all' | Set<number>> {
	const actor = ctx.actor;
	if (isStaff(actor)) return 'all';
	if (!actor) return new Set();
	const own = eq(bodyMember.userId, actor.id);
	const organisation =
		actor.role === 'partner' && actor.organisationId !== null
			? eq(bodyMember.organisationId, actor.organisationId)
			: undefined;
	const rows = await ctx.db
		.selectDistinct({ bodyId: bodyMember.bodyId })
		.from(bodyMember)
		.where(
			and(
				organisation ? or(own, organisation) : own,
				lte(bodyMember.fromDate, today),
				or(isNull(bodyMember.toDate), gte(bodyMember.toDate, today))
			)
		);
	return new Set(rows.map((r) => r.bodyId));
}

export const mayRead = (readable: 'all' | Set<number>, bodyId: number) =>
	readable === 'all' || readable.has(bodyId);
