import { page } from '$lib/server/http/page';
import { getIndicatorPage } from '$lib/server/knowledge/public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getIndicatorPage(ctx, params));
