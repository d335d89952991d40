import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { updateMeasure } from '$lib/server/measures/commands';
import { getMeasurePage } from '$lib/server/measures/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getMeasurePage(ctx, params));

export const actions: Actions = {
	save: action('save', (ctx, input, { params }) => updateMeasure(ctx, { ...input, ...params }))
};
