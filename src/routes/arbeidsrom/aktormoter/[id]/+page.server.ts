import { addNextStep, updateEngagement } from '$lib/server/engagements/commands';
import { getEngagementPage } from '$lib/server/engagements/queries';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getEngagementPage(ctx, params));

export const actions: Actions = {
	save: action('save', (ctx, input, { params }) => updateEngagement(ctx, { ...input, ...params })),
	nextStep: action('nextStep', (ctx, input, { params }) =>
		addNextStep(ctx, { ...input, ...params })
	)
};
