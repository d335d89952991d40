import { fail, redirect } from '@sveltejs/kit';
import { APIError } from 'better-auth/api';
import { fieldErrorsOf } from '$lib/schemas/common';
import { loginInput } from '$lib/schemas/user';
import { getApp } from '$lib/server/app';
import { RateLimitedError } from '$lib/server/errors';
import { assertUnderLimit, clearAttempts, recordAttempt } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

const safeNext = (next: string | null) =>
	next && next.startsWith('/') && !next.startsWith('//') ? next : '/arbeidsrom';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor) redirect(303, safeNext(url.searchParams.get('neste')));
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const values = { email: String(form.get('email') ?? '') };
		const parsed = loginInput.safeParse({
			email: form.get('email'),
			password: form.get('password')
		});
		if (!parsed.success) return fail(400, { values, errors: fieldErrorsOf(parsed.error) });
		const { auth, database } = await getApp();
		// Failed attempts only: 10 per account from one address in 15 minutes (a stranger elsewhere
		// cannot lock the owner out), and 50 per address, since a town hall's staff share one.
		const address = `login:ip:${event.getClientAddress()}`;
		const account = `login:email:${parsed.data.email}:${event.getClientAddress()}`;
		try {
			await assertUnderLimit(database.db, address, 50, 900);
			await assertUnderLimit(database.db, account, 10, 900);
		} catch (err) {
			if (err instanceof RateLimitedError) {
				event.setHeaders({ 'retry-after': String(err.retryAfterSeconds) });
				return fail(429, { values, errors: { _form: 'error_rate_limited' } });
			}
			throw err;
		}
		try {
			await auth.api.signInEmail({ body: parsed.data, headers: event.request.headers });
		} catch (err) {
			if (err instanceof APIError) {
				await recordAttempt(database.db, address, 900);
				await recordAttempt(database.db, account, 900);
				return fail(400, { values, errors: { _form: 'error_login_failed' } });
			}
			throw err;
		}
		await clearAttempts(database.db, account);
		redirect(303, safeNext(event.url.searchParams.get('neste')));
	}
};
