import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { getNewsTagPage } from '$lib/server/news/public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params, url }) =>
	getNewsTagPage(ctx, { ...queryOf(url), ...params })
);
