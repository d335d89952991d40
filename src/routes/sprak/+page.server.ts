import { redirect } from '@sveltejs/kit';
import { locales } from '$lib/paraglide/runtime';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const form = await request.formData();
		const locale = String(form.get('locale') ?? '');
		const back = String(form.get('back') ?? '/');
		if ((locales as readonly string[]).includes(locale)) {
			cookies.set('PARAGLIDE_LOCALE', locale, {
				path: '/',
				maxAge: 31_536_000,
				httpOnly: false,
				sameSite: 'lax'
			});
		}
		// Only same-site paths: never redirect to another host.
		redirect(303, back.startsWith('/') && !back.startsWith('//') ? back : '/');
	}
};
