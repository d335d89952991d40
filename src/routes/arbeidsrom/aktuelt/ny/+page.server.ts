import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { createNewsPost } from '$lib/server/news/commands';
import { newNewsForm } from '$lib/server/news/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => newNewsForm(ctx));

export const actions: Actions = {
	save: action('save', (ctx, input) => createNewsPost(ctx, input), {
		redirect: (row) => `/arbeidsrom/aktuelt/${row.id}?lagret=save`
	})
};
