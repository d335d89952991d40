import { redirect } from '@sveltejs/kit';
import { action } from '$lib/server/http/form';
import { logOut } from '$lib/server/users/login';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: action('logout', logOut, { redirect: () => '/' })
};
