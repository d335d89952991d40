import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { getSearchPage } from '$lib/server/search/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => getSearchPage(ctx, queryOf(url)));
