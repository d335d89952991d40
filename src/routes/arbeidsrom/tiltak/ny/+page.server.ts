import { action } from '$lib/server/http/form';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { createMeasure } from '$lib/server/measures/commands';
import { newMeasureForm } from '$lib/server/measures/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => newMeasureForm(ctx, queryOf(url)));

export const actions: Actions = {
	save: action('save', (ctx, input) => createMeasure(ctx, input), {
		redirect: (row) => `/arbeidsrom/tiltak/${row.id}?lagret=save`
	})
};
