import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { createWorkshop } from '$lib/server/workshops/commands';
import { newWorkshopForm } from '$lib/server/workshops/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(newWorkshopForm);

export const actions: Actions = {
	save: action('save', (ctx, input) => createWorkshop(ctx, input), {
		redirect: (row) => `/arbeidsrom/innspill/${row.id}?lagret=save`
	})
};
