import { and, eq } from 'drizzle-orm';
import { versionedRef } from '../../schemas/common.ts';
import { matterInput, matterLinkInput, matterUnlinkInput } from '../../schemas/matter.ts';
import { allow, canManageMatters } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { resolveReference } from '../links/references.ts';
import { uniqueSlug } from '../shared/slugs.ts';
import type { MatterLinkKind } from '../../schemas/values.ts';
import { matter, matterLink } from './schema.ts';

async function takenSlugs(tx: Tx) {
	return new Set((await tx.select({ slug: matter.slug }).from(matter)).map((r) => r.slug));
}

export async function createMatter(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageMatters);
	const input = parseInput(matterInput, raw);
	return ctx.db.transaction(async (tx) => {
		const slug = uniqueSlug(input.title, 'sak', await takenSlugs(tx));
		const [row] = await tx
			.insert(matter)
			.values({ ...input, slug })
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'matter',
			entityId: row.id,
			kind: 'create',
			after: row
		});
		return row;
	});
}

/** Changes what a matter says; its address stays, so that shared links keep working. */
export async function updateMatter(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageMatters);
	const { id, version } = parseInput(versionedRef, raw);
	const input = parseInput(matterInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, matter, eq(matter.id, id), 'matter', version);
		const after = await saveRow(tx, matter, id, input);
		await recordAudit(tx, ctx.actor, {
			entity: 'matter',
			entityId: id,
			kind: 'update',
			before,
			after
		});
		return after;
	});
}

/** Links an item, named by an action point's code or a page's address, to a matter. */
export async function linkToMatter(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageMatters);
	const { id, reference } = parseInput(matterLinkInput, raw);
	return ctx.db.transaction(async (tx) => {
		const [owner] = await tx.select({ id: matter.id }).from(matter).where(eq(matter.id, id));
		if (!owner) throw new NotFoundError('matter');
		const found = await resolveReference(tx, reference);
		if (!found)
			throw new ValidationError({
				reference:
					reference.kind === 'action'
						? 'hearing_error_action_codes'
						: 'matter_error_reference_unknown'
			});
		const targetId = found.targetId;
		const link = { matterId: id, kind: found.kind as MatterLinkKind, targetId };
		await tx.insert(matterLink).values(link).onConflictDoNothing();
		await recordAudit(tx, ctx.actor, { entity: 'matter', entityId: id, kind: 'link', after: link });
	});
}

export async function unlinkFromMatter(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageMatters);
	const input = parseInput(matterUnlinkInput, raw);
	await ctx.db.transaction(async (tx) => {
		const [removed] = await tx
			.delete(matterLink)
			.where(
				and(
					eq(matterLink.matterId, input.id),
					eq(matterLink.kind, input.kind),
					eq(matterLink.targetId, input.targetId)
				)
			)
			.returning();
		if (!removed) throw new NotFoundError('link');
		await recordAudit(tx, ctx.actor, {
			entity: 'matter',
			entityId: input.id,
			kind: 'unlink',
			before: removed
		});
	});
}
