import { getProgrammePage } from '$lib/server/actions/queries';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { listOrganisations } from '$lib/server/partners/queries';
import type { PageServerLoad } from './$types';

/** An archived programme, readable at its own address with its filters. */
export const load: PageServerLoad = page(async (ctx, { url, params }) => ({
	...(await getProgrammePage(ctx, { ...queryOf(url), ...params })),
	partners: await listOrganisations(ctx),
	imported: null
}));
