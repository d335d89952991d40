import { z } from 'zod';
import { and, eq, ne } from 'drizzle-orm';
import { allow, canManagePartners } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx } from '../core/context.ts';
import { ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { rowId, versionedRef } from '../../schemas/common.ts';
import { organisationInput } from '../../schemas/organisation.ts';
import { uniqueSlug } from '../shared/slugs.ts';
import { organisation, type Organisation } from './schema.ts';

const activeInput = z.object({
	id: rowId,
	active: z.enum(['true', 'false'], { error: 'error_choice' }).transform((v) => v === 'true')
});

async function assertOrgNumberFree(ctx: Ctx, orgNumber: string | null, exceptId?: number) {
	if (!orgNumber) return;
	const clash = await ctx.db
		.select({ id: organisation.id })
		.from(organisation)
		.where(
			and(
				eq(organisation.orgNumber, orgNumber),
				exceptId ? ne(organisation.id, exceptId) : undefined
			)
		);
	if (clash.length) throw new ValidationError({ orgNumber: 'error_org_number_taken' });
}

export async function createOrganisation(ctx: Ctx, raw: unknown): Promise<Organisation> {
	allow(ctx, canManagePartners);
	const input = parseInput(organisationInput, raw);
	await assertOrgNumberFree(ctx, input.orgNumber);
	const taken = await ctx.db.select({ slug: organisation.slug }).from(organisation);
	const slug = uniqueSlug(
		input.shortName || input.name,
		'partner',
		new Set(taken.map((t) => t.slug))
	);
	return ctx.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(organisation)
			.values({ ...input, slug })
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'organisation',
			entityId: row.id,
			kind: 'create',
			after: row
		});
		return row;
	});
}

export async function updateOrganisation(ctx: Ctx, raw: unknown): Promise<Organisation> {
	allow(ctx, canManagePartners);
	const { id, version } = parseInput(versionedRef, raw);
	const input = parseInput(organisationInput, raw);
	await assertOrgNumberFree(ctx, input.orgNumber, id);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(
			tx,
			organisation,
			eq(organisation.id, id),
			'organisation',
			version
		);
		const after = await saveRow(tx, organisation, id, input);
		await recordAudit(tx, ctx.actor, {
			entity: 'organisation',
			entityId: id,
			kind: 'update',
			before,
			after
		});
		return after;
	});
}

export async function setOrganisationActive(ctx: Ctx, raw: unknown) {
	allow(ctx, canManagePartners);
	const { id, active } = parseInput(activeInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, organisation, eq(organisation.id, id), 'organisation');
		const after = await saveRow(tx, organisation, id, { active });
		await recordAudit(tx, ctx.actor, {
			entity: 'organisation',
			entityId: id,
			kind: active ? 'activate' : 'deactivate',
			before: { active: before.active },
			after: { active: after.active }
		});
		return after;
	});
}
