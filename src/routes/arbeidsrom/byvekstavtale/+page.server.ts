import { page } from '$lib/server/http/page';
import { getReadinessPage } from '$lib/server/knowledge/readiness';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => getReadinessPage(ctx));
