import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { bodyInput, endMembershipInput, memberInput } from '../../schemas/governance.ts';
import { memberRoles } from '../../schemas/values.ts';
import { allow, canManageGovernance, canUseWorkspace } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { osloDate } from '../shared/dates.ts';
import type { Db } from '../platform/db/client.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { uniqueSlug } from '../shared/slugs.ts';
import { organisation } from '../partners/schema.ts';
import { user } from '../users/schema.ts';
import { idRef, slugRef, versionedRef } from '../../schemas/common.ts';
import { parseInput } from '../core/validate.ts';
import { listOrganisations } from '../partners/queries.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { body, bodyMember, type Body } from './schema.ts';

async function assertOrganisation(tx: Tx, organisationId: number | null) {
	if (organisationId === null) return;
	const [found] = await tx
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	if (!found) throw new ValidationError({ organisationId: 'error_choice' });
}

export async function createBody(ctx: Ctx, raw: unknown): Promise<Body> {
	allow(ctx, canManageGovernance);
	const input = parseInput(bodyInput, raw);
	return ctx.db.transaction(async (tx) => {
		const taken = new Set((await tx.select({ slug: body.slug }).from(body)).map((b) => b.slug));
		const slug = uniqueSlug(input.name, 'organ', taken);
		const [row] = await tx
			.insert(body)
			.values({ ...input, slug })
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'body',
			entityId: row.id,
			kind: 'create',
			after: row
		});
		return row;
	});
}

export async function updateBody(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageGovernance);
	const { id, version } = parseInput(versionedRef, raw);
	const input = parseInput(bodyInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, body, eq(body.id, id), 'body', version);
		const after = await saveRow(tx, body, id, input);
		await recordAudit(tx, ctx.actor, {
			entity: 'body',
			entityId: id,
			kind: 'update',
			before,
			after
		});
		return after;
	});
}

export async function addMember(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageGovernance);
	const { id: bodyId } = parseInput(idRef, raw);
	const input = parseInput(memberInput, raw);
	return ctx.db.transaction(async (tx) => {
		const [owner] = await tx.select({ id: body.id }).from(body).where(eq(body.id, bodyId));
		if (!owner) throw new NotFoundError('body');
		await assertOrganisation(tx, input.organisationId);
		if (input.userId) {
			const [found] = await tx.select({ id: user.id }).from(user).where(eq(user.id, input.userId));
			if (!found) throw new ValidationError({ userId: 'error_choice' });
		}
		const [row] = await tx
			.insert(bodyMember)
			.values({ ...input, bodyId })
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'body',
			entityId: bodyId,
			kind: 'add_member',
			after: row
		});
		return row;
	});
}

/** Ends a seat on a date; the seat stays in the record of who sat when. */
export async function endMembership(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageGovernance);
	const { id: bodyId, memberId, ...input } = parseInput(endMembershipInput, raw);
	return ctx.db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(bodyMember)
			.where(and(eq(bodyMember.id, memberId), eq(bodyMember.bodyId, bodyId)));
		if (!before) throw new NotFoundError('member');
		if (input.toDate < before.fromDate)
			throw new ValidationError({ toDate: 'member_error_to_before_from' });
		const [after] = await tx
			.update(bodyMember)
			.set({ toDate: input.toDate })
			.where(eq(bodyMember.id, memberId))
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'body',
			entityId: bodyId,
			kind: 'end_member',
			before,
			after
		});
		return after;
	});
}

const roleOrder = (role: string) => memberRoles.indexOf(role as (typeof memberRoles)[number]);

async function membersOf(db: Db, bodyId: number, today: string | null) {
	const current = today
		? and(
				lte(bodyMember.fromDate, today),
				or(isNull(bodyMember.toDate), gte(bodyMember.toDate, today))
			)
		: undefined;
	const rows = await db
		.select({
			member: bodyMember,
			organisationName: organisation.name,
			organisationSlug: organisation.slug
		})
		.from(bodyMember)
		.leftJoin(organisation, eq(organisation.id, bodyMember.organisationId))
		.where(and(eq(bodyMember.bodyId, bodyId), current))
		.orderBy(asc(bodyMember.personName));
	return rows.sort((a, b) => roleOrder(a.member.role) - roleOrder(b.member.role));
}

/** Public bodies for everyone; internal ones too for logged-in users. */
export async function listBodies(ctx: Ctx) {
	return ctx.db
		.select()
		.from(body)
		.where(canUseWorkspace(ctx.actor) ? undefined : eq(body.isPublic, true))
		.orderBy(asc(body.name));
}

/** The secretariat's list of bodies. */
export async function getBodiesPage(ctx: Ctx) {
	allow(ctx, canManageGovernance);
	return { bodies: await listBodies(ctx) };
}

/** The form for a new body, for the secretariat. */
export function newBodyForm(ctx: Ctx) {
	allow(ctx, canManageGovernance);
	return {};
}

/** A body with its current members, as its public page shows it. */
export async function getBodyBySlug(ctx: Ctx, input: unknown, today = osloDate()) {
	const { slug } = parseInput(slugRef, input);
	const [row] = await ctx.db.select().from(body).where(eq(body.slug, slug));
	if (!row || (!row.isPublic && !canUseWorkspace(ctx.actor))) throw new NotFoundError('body');
	return { body: row, members: await membersOf(ctx.db, row.id, today) };
}

/** The edit page of a body: every seat it has had, and the choices of the member form. */
export async function getBodyPage(ctx: Ctx, input: unknown) {
	const { id } = parseInput(idRef, input);
	const detail = await getBodyForEditing(ctx, id);
	const organisations = (await listOrganisations(ctx)).map((o) => ({ value: o.id, label: o.name }));
	return { detail, organisations, accounts: await memberAccountChoices(ctx) };
}

/** A body with every seat it has had, for the secretariat. */
async function getBodyForEditing(ctx: Ctx, id: number) {
	allow(ctx, canManageGovernance);
	const [row] = await ctx.db.select().from(body).where(eq(body.id, id));
	if (!row) throw new NotFoundError('body');
	return { body: row, members: await membersOf(ctx.db, id, null) };
}

/** User accounts a seat can be tied to, for the member form. */
async function memberAccountChoices(ctx: Ctx) {
	allow(ctx, canManageGovernance);
	const rows = await ctx.db
		.select({ id: user.id, name: user.name, email: user.email })
		.from(user)
		.orderBy(asc(user.name));
	return rows.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
}
