import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import {
	closeRound,
	publishRound,
	setHorizonFromRound,
	submitScores
} from '$lib/server/priorities/commands';
import { getRoundPage } from '$lib/server/priorities/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx, { params, url }) => {
	const { staff, canScore, showResult, organisationName, ...round } = await getRoundPage(
		ctx,
		params
	);
	return {
		round,
		staff,
		canScore,
		showResult,
		organisationName,
		saved: url.searchParams.get('lagret') === '1'
	};
});

export const actions: Actions = {
	score: action('score', (ctx, input, { params }) => submitScores(ctx, { ...input, ...params })),
	close: action('close', (ctx, _input, { params }) => closeRound(ctx, params)),
	publish: action('publish', (ctx, input, { params }) =>
		publishRound(ctx, { ...input, ...params })
	),
	horizon: action('horizon', (ctx, input, { params }) =>
		setHorizonFromRound(ctx, { ...input, ...params })
	)
};
