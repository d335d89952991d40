import { page } from '$lib/server/http/page';
import { listOrganisations } from '$lib/server/partners/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx) => ({
	partners: await listOrganisations(ctx)
}));
