import { createHearing } from '$lib/server/hearings/commands';
import { newHearingForm } from '$lib/server/hearings/queries';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(newHearingForm);

export const actions: Actions = {
	save: action('save', (ctx, input) => createHearing(ctx, input), {
		redirect: (row) => `/arbeidsrom/horinger/${row.id}?lagret=1`
	})
};
