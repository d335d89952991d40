import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { getVersionsPage } from '$lib/server/statements/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params, url }) =>
	getVersionsPage(ctx, { ...queryOf(url), ...params })
);
