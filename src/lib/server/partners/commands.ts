import { and, eq, ne } from 'drizzle-orm';
import { assertAllowed, canManagePartners } from '../access.ts';
import { recordAudit } from '../audit.ts';
import type { Ctx } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { lockRow, saveRow } from '../versioned.ts';
import { organisationInput } from '../../schemas/organisation.ts';
import { organisation, type Organisation } from './schema.ts';

export function slugify(text: string): string {
	return text
		.toLocaleLowerCase('nb')
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80);
}

/** A slug of the text that is not among the taken ones: `name`, then `name-2`, `name-3`, … */
export function uniqueSlug(text: string, fallback: string, taken: ReadonlySet<string>): string {
	const base = slugify(text) || fallback;
	let slug = base;
	for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
	return slug;
}

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
	assertAllowed(canManagePartners(ctx.actor));
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

export async function updateOrganisation(
	ctx: Ctx,
	id: number,
	version: number,
	raw: unknown
): Promise<Organisation> {
	assertAllowed(canManagePartners(ctx.actor));
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

export async function setOrganisationActive(ctx: Ctx, id: number, active: boolean) {
	assertAllowed(canManagePartners(ctx.actor));
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
