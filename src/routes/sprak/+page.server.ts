import { locales } from '$lib/paraglide/runtime';
import { action } from '$lib/server/http/form';
import { safeTarget } from '$lib/server/shared/redirect';
import type { Actions } from './$types';

export const actions: Actions = {
	// The language is the browser's own choice, kept in a cookie: nothing for the domain to decide.
	default: action(
		'language',
		async (_ctx, input, { cookies, url }) => {
			if ((locales as readonly unknown[]).includes(input.locale))
				cookies.set('PARAGLIDE_LOCALE', String(input.locale), {
					path: '/',
					maxAge: 31_536_000,
					httpOnly: false,
					sameSite: 'lax'
				});
			return safeTarget(input.back, url.origin, '/');
		},
		{ redirect: (back) => back }
	)
};
