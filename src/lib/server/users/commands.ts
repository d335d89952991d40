import { z } from 'zod';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { parseInput } from '../core/validate.ts';
import { acceptInviteInput, inviteInput } from '../../schemas/user.ts';
import type { Role } from '../../schemas/values.ts';
import { allow, canManageUsers } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import type { Db } from '../platform/db/client.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { hitRateLimit } from '../platform/rate-limit.ts';
import { listOrganisations } from '../partners/queries.ts';
import { organisation } from '../partners/schema.ts';
import { account, invite, user } from './schema.ts';

export const INVITE_VALID_DAYS = 14;

export interface NewUser {
	name: string;
	email: string;
	role: Role;
	organisationId: number | null;
	/** Either a password to hash or an already hashed one (seeding many users). */
	password?: string;
	passwordHash?: string;
}

/** Creates a user with an e-mail/password account in Better Auth's tables. */
export async function createUserWithPassword(tx: Tx | Db, input: NewUser) {
	const id = randomUUID();
	const hash = input.passwordHash ?? (await hashPassword(input.password ?? ''));
	const [row] = await tx
		.insert(user)
		.values({
			id,
			name: input.name,
			email: input.email.toLowerCase(),
			emailVerified: true,
			role: input.role,
			organisationId: input.organisationId
		})
		.returning();
	await tx.insert(account).values({
		id: randomUUID(),
		accountId: id,
		providerId: 'credential',
		userId: id,
		password: hash
	});
	return row;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createInvite(ctx: Ctx, raw: unknown, now = new Date()) {
	allow(ctx, canManageUsers);
	const input = parseInput(inviteInput, raw);
	const [existing] = await ctx.db
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, input.email));
	if (existing) throw new ValidationError({ email: 'error_email_taken' });
	if (input.organisationId !== null) {
		const [org] = await ctx.db
			.select({ id: organisation.id })
			.from(organisation)
			.where(eq(organisation.id, input.organisationId));
		if (!org) throw new ValidationError({ organisationId: 'error_choice' });
	}
	const token = randomBytes(32).toString('base64url');
	return ctx.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(invite)
			.values({
				id: randomUUID(),
				...input,
				tokenHash: hashToken(token),
				createdBy: ctx.actor?.id ?? null,
				expiresAt: new Date(now.getTime() + INVITE_VALID_DAYS * 86_400_000)
			})
			.returning();
		await recordAudit(tx, ctx.actor, {
			entity: 'invite',
			entityId: row.id,
			kind: 'create',
			after: { email: row.email, role: row.role, organisationId: row.organisationId }
		});
		return { invite: row, token };
	});
}

const tokenRef = z.object({ token: z.string().min(1).max(200) });

/** The page an invite link opens: whether the invite is still open, and for which address. */
export async function getInvitePage(ctx: Ctx, raw: unknown) {
	const { token } = parseInput(tokenRef, raw);
	try {
		const invite = await findOpenInvite(ctx.db, token);
		return { valid: true as const, email: invite.email };
	} catch (err) {
		if (err instanceof NotFoundError) return { valid: false as const, email: null };
		throw err;
	}
}

export async function findOpenInvite(db: Db, token: string, now = new Date()) {
	const [row] = await db
		.select()
		.from(invite)
		.where(
			and(
				eq(invite.tokenHash, hashToken(token)),
				isNull(invite.acceptedAt),
				gt(invite.expiresAt, now)
			)
		);
	if (!row) throw new NotFoundError('invite');
	return row;
}

/**
 * Sets name and password for an invited person; the invite can be used once. Tries are limited
 * per address, since the link is all a stranger would need.
 */
export async function acceptInvite(ctx: Ctx, raw: unknown, now = new Date()) {
	const db = ctx.db;
	await hitRateLimit(db, `invite:ip:${ctx.client?.address ?? 'unknown'}`, 20, 900);
	const { token } = parseInput(tokenRef, raw);
	const open = await findOpenInvite(db, token, now);
	const input = parseInput(acceptInviteInput, raw);
	const passwordHash = await hashPassword(input.password);
	return db.transaction(async (tx) => {
		const [claimed] = await tx
			.update(invite)
			.set({ acceptedAt: now })
			.where(and(eq(invite.id, open.id), isNull(invite.acceptedAt)))
			.returning();
		if (!claimed) throw new NotFoundError('invite');
		const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.email, open.email));
		if (taken) throw new ValidationError({ _form: 'error_email_taken' });
		const created = await createUserWithPassword(tx, {
			name: input.name,
			email: open.email,
			role: open.role,
			organisationId: open.organisationId,
			passwordHash
		});
		const actor = {
			id: created.id,
			name: created.name,
			email: created.email,
			role: created.role,
			organisationId: created.organisationId
		};
		await recordAudit(tx, actor, {
			entity: 'user',
			entityId: created.id,
			kind: 'accept_invite',
			after: { email: created.email, role: created.role }
		});
		return created;
	});
}

/** The administrator's user page: users, open invites and the organisations to invite for. */
export async function getUsersPage(ctx: Ctx) {
	const [users, invites, organisations] = await Promise.all([
		listUsers(ctx),
		listOpenInvites(ctx),
		listOrganisations(ctx)
	]);
	return { users, invites, organisations };
}

export async function listUsers(ctx: Ctx) {
	allow(ctx, canManageUsers);
	return ctx.db
		.select({
			id: user.id,
			name: user.name,
			email: user.email,
			role: user.role,
			organisation: organisation.shortName
		})
		.from(user)
		.leftJoin(organisation, eq(user.organisationId, organisation.id))
		.orderBy(asc(user.name));
}

export async function listOpenInvites(ctx: Ctx, now = new Date()) {
	allow(ctx, canManageUsers);
	return ctx.db
		.select()
		.from(invite)
		.where(and(isNull(invite.acceptedAt), gt(invite.expiresAt, now)))
		.orderBy(asc(invite.createdAt));
}
