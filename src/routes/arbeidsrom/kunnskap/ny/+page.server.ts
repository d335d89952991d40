import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { createIndicator } from '$lib/server/knowledge/commands';
import { newIndicatorForm } from '$lib/server/knowledge/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => newIndicatorForm(ctx));

export const actions: Actions = {
	save: action('save', (ctx, input) => createIndicator(ctx, input), {
		redirect: (row) => `/arbeidsrom/kunnskap/${row.id}?lagret=save`
	})
};
