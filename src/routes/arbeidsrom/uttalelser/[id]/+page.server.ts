import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import {
	addComment,
	decideComment,
	freezeStatement,
	openInputRound,
	recordPosition,
	recordSending
} from '$lib/server/statements/commands';
import { getStatementPage } from '$lib/server/statements/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx, { params, url }) => ({
	...(await getStatementPage(ctx, params)),
	saved: url.searchParams.get('lagret') === '1'
}));

export const actions: Actions = {
	comment: action('comment', (ctx, input, { params }) => addComment(ctx, { ...input, ...params })),
	decide: action('decide', (ctx, input, { params }) => decideComment(ctx, { ...input, ...params })),
	position: action('position', (ctx, input, { params }) =>
		recordPosition(ctx, { ...input, ...params })
	),
	openInput: action('openInput', (ctx, input, { params }) =>
		openInputRound(ctx, { ...input, ...params })
	),
	freeze: action('freeze', (ctx, input, { params }) =>
		freezeStatement(ctx, { ...input, ...params })
	),
	send: action('send', (ctx, input, { params }) => recordSending(ctx, { ...input, ...params }))
};
