import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { getNewsPage } from '$lib/server/news/public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => getNewsPage(ctx, queryOf(url)));
