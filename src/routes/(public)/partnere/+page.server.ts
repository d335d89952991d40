import { ctxOf } from '$lib/server/http/context';
import { listOrganisations } from '$lib/server/partners/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	partners: await listOrganisations(await ctxOf(event))
});
