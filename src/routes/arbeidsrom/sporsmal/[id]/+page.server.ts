import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import {
	draftAnswer,
	markDuplicate,
	publishAnswer,
	rejectQuestion,
	routeQuestion
} from '$lib/server/questions/commands';
import { getQuestionPage } from '$lib/server/questions/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getQuestionPage(ctx, params));

export const actions: Actions = {
	route: action('route', (ctx, input, { params }) => routeQuestion(ctx, { ...input, ...params })),
	reject: action('reject', (ctx, input, { params }) =>
		rejectQuestion(ctx, { ...input, ...params })
	),
	duplicate: action('duplicate', (ctx, input, { params }) =>
		markDuplicate(ctx, { ...input, ...params })
	),
	draft: action('draft', (ctx, input, { params }) => draftAnswer(ctx, { ...input, ...params })),
	publish: action('publish', (ctx, input, { params }) =>
		publishAnswer(ctx, { ...input, ...params })
	)
};
