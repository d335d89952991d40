import { page } from '$lib/server/http/page';
import { getMattersPage } from '$lib/server/matters/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => getMattersPage(ctx));
