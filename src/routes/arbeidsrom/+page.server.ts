import { page } from '$lib/server/http/page';
import { getDashboard } from '$lib/server/workspace/dashboard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => getDashboard(ctx));
