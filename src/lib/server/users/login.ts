import { APIError } from 'better-auth/api';
import { loginInput } from '../../schemas/user.ts';
import type { Ctx } from '../core/context.ts';
import { ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { getApp } from '../platform/app.ts';
import { assertUnderLimit, clearAttempts, recordAttempt } from '../platform/rate-limit.ts';
import { safeTarget } from '../shared/redirect.ts';

const WINDOW_SECONDS = 900;

/**
 * Logs in with e-mail and password and returns where to go next (`neste`, when it is a path on
 * this site). Failed attempts only are counted: 10 per account from one address in 15 minutes, so
 * that a stranger elsewhere cannot lock the owner out, and 50 per address, since a town hall's
 * staff share one.
 */
export async function logIn(ctx: Ctx, raw: unknown): Promise<string> {
	const input = parseInput(loginInput, raw);
	const address = ctx.client?.address ?? 'unknown';
	const byAddress = `login:ip:${address}`;
	const byAccount = `login:email:${input.email}:${address}`;
	await assertUnderLimit(ctx.db, byAddress, 50, WINDOW_SECONDS);
	await assertUnderLimit(ctx.db, byAccount, 10, WINDOW_SECONDS);
	const { auth } = await getApp();
	try {
		await auth.api.signInEmail({
			body: { email: input.email, password: input.password },
			headers: ctx.client?.headers ?? new Headers()
		});
	} catch (err) {
		if (!(err instanceof APIError)) throw err;
		await recordAttempt(ctx.db, byAddress, WINDOW_SECONDS);
		await recordAttempt(ctx.db, byAccount, WINDOW_SECONDS);
		throw new ValidationError({ _form: 'error_login_failed' });
	}
	await clearAttempts(ctx.db, byAccount);
	return safeTarget(input.neste, ctx.origin, '/arbeidsrom');
}

/** Where the login page sends someone who is logged in already. */
export function nextAfterLogin(ctx: Ctx, raw: unknown): string | null {
	if (!ctx.actor) return null;
	const neste = (raw as { neste?: unknown } | null)?.neste;
	return safeTarget(neste, ctx.origin, '/arbeidsrom');
}

export async function logOut(ctx: Ctx): Promise<void> {
	if (!ctx.actor) return;
	const { auth } = await getApp();
	await auth.api.signOut({ headers: ctx.client?.headers ?? new Headers() });
}
