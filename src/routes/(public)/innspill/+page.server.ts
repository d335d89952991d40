import { page } from '$lib/server/http/page';
import { listPublicWorkshops } from '$lib/server/workshops/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx) => ({
	workshops: await listPublicWorkshops(ctx)
}));
