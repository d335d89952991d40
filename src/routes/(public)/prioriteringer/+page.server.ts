import { page } from '$lib/server/http/page';
import { listPublishedRounds } from '$lib/server/priorities/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx) => ({
	rounds: await listPublishedRounds(ctx)
}));
