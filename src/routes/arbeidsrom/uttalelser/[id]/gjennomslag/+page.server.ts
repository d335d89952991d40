import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { recordOutcome, setDemands } from '$lib/server/impact/commands';
import { getImpactPage } from '$lib/server/impact/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getImpactPage(ctx, params));

export const actions: Actions = {
	demands: action('demands', (ctx, input, { params }) => setDemands(ctx, { ...input, ...params })),
	outcome: action('outcome', (ctx, input, { params }) =>
		recordOutcome(ctx, { ...input, ...params })
	)
};
