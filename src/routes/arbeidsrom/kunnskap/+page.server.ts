import { page } from '$lib/server/http/page';
import { getIndicatorsAdmin } from '$lib/server/knowledge/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => getIndicatorsAdmin(ctx));
