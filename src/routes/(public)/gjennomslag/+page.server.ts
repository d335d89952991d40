import { page } from '$lib/server/http/page';
import { getImpactOverview } from '$lib/server/impact/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => getImpactOverview(ctx));
