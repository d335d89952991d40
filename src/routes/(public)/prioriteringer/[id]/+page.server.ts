import { page } from '$lib/server/http/page';
import { getPublishedRound } from '$lib/server/priorities/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx, { params }) => ({
	round: await getPublishedRound(ctx, params)
}));
