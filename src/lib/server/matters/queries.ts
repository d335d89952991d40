import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { idRef, slugRef } from '../../schemas/common.ts';
import { allow, canManageMatters, canUseWorkspace } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { documentsOfMatter } from '../documents/queries.ts';
import { parseInput } from '../core/validate.ts';
import type { Db } from '../platform/db/client.ts';
import { questionsOn } from '../questions/view.ts';
import { matter } from './schema.ts';
import { matterTimeline, type View } from './view.ts';

const summary = {
	id: matter.id,
	slug: matter.slug,
	title: matter.title,
	standing: matter.standing,
	isPublic: matter.isPublic,
	pinOrder: matter.pinOrder,
	isExample: matter.isExample
};

/** "Viktige saker akkurat nå": the pinned matters in their order; the public sees public ones. */
export async function pinnedMatters(db: Db, view: View) {
	return db
		.select(summary)
		.from(matter)
		.where(
			and(isNotNull(matter.pinOrder), view === 'public' ? eq(matter.isPublic, true) : undefined)
		)
		.orderBy(asc(matter.pinOrder), asc(matter.title));
}

export async function getMattersPage(ctx: Ctx) {
	allow(ctx, canUseWorkspace);
	return {
		matters: await ctx.db
			.select(summary)
			.from(matter)
			.orderBy(asc(matter.pinOrder), asc(matter.title)),
		canManage: canManageMatters(ctx.actor)
	};
}

export async function getMatterPage(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { id } = parseInput(idRef, input);
	const [row] = await ctx.db.select().from(matter).where(eq(matter.id, id));
	if (!row) throw new NotFoundError('matter');
	return {
		matter: row,
		timeline: await matterTimeline(ctx.db, id, 'internal'),
		documents: await documentsOfMatter(ctx, 'internal', id),
		canManage: canManageMatters(ctx.actor)
	};
}

/** The public list of matters: the pinned ones first, then the rest by title. */
export async function listPublicMatters(ctx: Ctx) {
	return ctx.db
		.select(summary)
		.from(matter)
		.where(eq(matter.isPublic, true))
		.orderBy(asc(matter.pinOrder), asc(matter.title));
}

/** A public matter's page: what it is, where it stands, and its public timeline. */
export async function getPublicMatter(ctx: Ctx, input: unknown) {
	const { slug } = parseInput(slugRef, input);
	const [row] = await ctx.db
		.select({ ...summary, followedBy: matter.followedBy })
		.from(matter)
		.where(and(eq(matter.slug, slug), eq(matter.isPublic, true)));
	if (!row) throw new NotFoundError('matter');
	return {
		matter: row,
		timeline: await matterTimeline(ctx.db, row.id, 'public'),
		documents: await documentsOfMatter(ctx, 'public', row.id),
		questions: await questionsOn(ctx.db, 'matter', row.id)
	};
}

/** The form for a new matter, for the secretariat. */
export function newMatterForm(ctx: Ctx) {
	allow(ctx, canManageMatters);
	return { values: { isPublic: true } };
}

/** The pinned matters the public sees, for the front page. */
export const publicPinnedMatters = (ctx: Ctx) => pinnedMatters(ctx.db, 'public');
