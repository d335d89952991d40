import {
	addMilestone,
	recordProgress,
	updateAction,
	updateMilestone
} from '$lib/server/actions/commands';
import { getActionForEdit } from '$lib/server/actions/queries';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getActionForEdit(ctx, params));

export const actions: Actions = {
	save: action('save', (ctx, input, { params }) => updateAction(ctx, { ...input, ...params })),
	progress: action('progress', (ctx, input, { params }) =>
		recordProgress(ctx, { ...input, ...params })
	),
	addMilestone: action('addMilestone', (ctx, input, { params }) =>
		addMilestone(ctx, { ...input, ...params })
	),
	updateMilestone: action('updateMilestone', (ctx, input, { params }) =>
		updateMilestone(ctx, { ...input, ...params })
	)
};
