import { page } from '$lib/server/http/page';
import { listPublicMatters } from '$lib/server/matters/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx) => ({
	matters: await listPublicMatters(ctx)
}));
