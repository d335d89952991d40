import { createBody, newBodyForm } from '$lib/server/governance/bodies';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(newBodyForm);

export const actions: Actions = {
	save: action('save', (ctx, input) => createBody(ctx, input), {
		redirect: (row) => `/arbeidsrom/organer/${row.id}?lagret=1`
	})
};
