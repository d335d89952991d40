import { redirect } from '@sveltejs/kit';
import { action } from '$lib/server/http/form';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { logIn, nextAfterLogin } from '$lib/server/users/login';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => {
	const next = nextAfterLogin(ctx, queryOf(url));
	if (next) redirect(303, next);
	return {};
});

export const actions: Actions = {
	default: action(
		'login',
		(ctx, input, { url }) => logIn(ctx, { ...input, neste: url.searchParams.get('neste') }),
		{ redirect: (next) => next }
	)
};
