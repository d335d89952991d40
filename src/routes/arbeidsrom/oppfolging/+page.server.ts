import { completeFollowUp, getFollowUpsPage } from '$lib/server/governance/follow-ups';
import { action } from '$lib/server/http/form';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => getFollowUpsPage(ctx, queryOf(url)));

export const actions: Actions = {
	complete: action('complete', (ctx, input) => completeFollowUp(ctx, input))
};
