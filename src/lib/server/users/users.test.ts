import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ForbiddenError,
	NotFoundError,
	RateLimitedError,
	ValidationError
} from '../core/errors.ts';
import {
	assertUnderLimit,
	clearAttempts,
	hitRateLimit,
	recordAttempt
} from '../platform/rate-limit.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { acceptInvite, createInvite, findOpenInvite, listUsers } from './commands.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(async () => {
	await env.database.drop();
});

describe('invitations', () => {
	it('lets an admin invite a partner user who then sets a password, once', async () => {
		const ctx = await env.ctxAs('admin');
		const [verdal] = (await listUsers(ctx)).filter((u) => u.email.startsWith('verdal@'));
		expect(verdal.organisation).toBe('Verdal');
		const orgId = (await env.actorFor('verdal')).organisationId;
		const { token, invite } = await createInvite(ctx, {
			email: ' Ny.Person@Verdal.Kommune.no ',
			role: 'partner',
			organisationId: String(orgId)
		});
		expect(invite.email).toBe('ny.person@verdal.kommune.no');
		const mismatch = await acceptInvite(await env.ctxAs(null), {
			token,
			name: 'Ny Person',
			password: 'langt-passord-1',
			passwordRepeat: 'annet'
		}).catch((e: unknown) => e);
		expect((mismatch as ValidationError).fields).toEqual({
			passwordRepeat: 'error_password_mismatch'
		});
		const created = await acceptInvite(await env.ctxAs(null), {
			token,
			name: 'Ny Person',
			password: 'langt-passord-1',
			passwordRepeat: 'langt-passord-1'
		});
		expect(created).toMatchObject({
			role: 'partner',
			organisationId: orgId,
			email: 'ny.person@verdal.kommune.no'
		});
		await expect(
			acceptInvite(await env.ctxAs(null), {
				token,
				name: 'Igjen',
				password: 'langt-passord-1',
				passwordRepeat: 'langt-passord-1'
			})
		).rejects.toBeInstanceOf(NotFoundError);
	});

	it('refuses an expired invite, a partner without organisation, a taken address and non-admins', async () => {
		const ctx = await env.ctxAs('admin');
		const { token } = await createInvite(
			ctx,
			{ email: 'gammel@example.no', role: 'reader', organisationId: '' },
			new Date('2020-01-01')
		);
		await expect(findOpenInvite(env.db, token)).rejects.toBeInstanceOf(NotFoundError);
		const noOrg = await createInvite(ctx, {
			email: 'x@example.no',
			role: 'partner',
			organisationId: ''
		}).catch((e: unknown) => e);
		expect((noOrg as ValidationError).fields).toEqual({
			organisationId: 'error_partner_needs_org'
		});
		const taken = await createInvite(ctx, {
			email: 'levanger@demo.samstemt.no',
			role: 'reader',
			organisationId: ''
		}).catch((e: unknown) => e);
		expect((taken as ValidationError).fields).toEqual({ email: 'error_email_taken' });
		await expect(
			createInvite(await env.ctxAs('sekretariat'), { email: 'y@example.no', role: 'reader' })
		).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('rate limiting', () => {
	it('allows the limit within a window and refuses the next attempt, per key', async () => {
		for (let i = 0; i < 3; i++) await hitRateLimit(env.db, 'test:a', 3, 60);
		const refused = await hitRateLimit(env.db, 'test:a', 3, 60).catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(RateLimitedError);
		expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
		await expect(hitRateLimit(env.db, 'test:b', 3, 60)).resolves.toBeUndefined();
	});

	it('checks a limit without counting, and forgets a key when cleared', async () => {
		for (let i = 0; i < 5; i++) await assertUnderLimit(env.db, 'test:d', 2, 60);
		await recordAttempt(env.db, 'test:d', 60);
		await assertUnderLimit(env.db, 'test:d', 2, 60);
		await recordAttempt(env.db, 'test:d', 60);
		await expect(assertUnderLimit(env.db, 'test:d', 2, 60)).rejects.toBeInstanceOf(
			RateLimitedError
		);
		await clearAttempts(env.db, 'test:d');
		await assertUnderLimit(env.db, 'test:d', 2, 60);
	});

	it('counts concurrent attempts exactly', async () => {
		const results = await Promise.allSettled(
			Array.from({ length: 8 }, () => hitRateLimit(env.db, 'test:c', 5, 60))
		);
		expect(results.filter((r) => r.status === 'fulfilled').length).toBe(5);
	});
});
