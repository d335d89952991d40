import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import {
	publishNewsPost,
	scheduleNewsPost,
	unscheduleNewsPost,
	updateNewsPost,
	withdrawNewsPost
} from '$lib/server/news/commands';
import { getNewsEditPage } from '$lib/server/news/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getNewsEditPage(ctx, params));

export const actions: Actions = {
	save: action('save', (ctx, input, { params }) => updateNewsPost(ctx, { ...input, ...params })),
	schedule: action('schedule', (ctx, input, { params }) =>
		scheduleNewsPost(ctx, { ...input, ...params })
	),
	unschedule: action('unschedule', (ctx, input, { params }) =>
		unscheduleNewsPost(ctx, { ...input, ...params })
	),
	publish: action('publish', (ctx, input, { params }) =>
		publishNewsPost(ctx, { ...input, ...params })
	),
	withdraw: action('withdraw', (ctx, input, { params }) =>
		withdrawNewsPost(ctx, { ...input, ...params })
	)
};
