import { redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		const { auth } = await getApp();
		if (event.locals.actor) await auth.api.signOut({ headers: event.request.headers });
		redirect(303, '/');
	}
};
