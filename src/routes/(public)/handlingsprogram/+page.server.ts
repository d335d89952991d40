import { getProgrammePage } from '$lib/server/actions/queries';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { listOrganisations } from '$lib/server/partners/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx, { url }) => ({
	...(await getProgrammePage(ctx, queryOf(url))),
	partners: await listOrganisations(ctx),
	imported: Number(url.searchParams.get('importert')) || null
}));
