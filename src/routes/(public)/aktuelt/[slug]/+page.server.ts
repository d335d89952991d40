import { page } from '$lib/server/http/page';
import { getNewsPost } from '$lib/server/news/public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getNewsPost(ctx, params));
