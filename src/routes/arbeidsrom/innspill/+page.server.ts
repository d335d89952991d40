import { page } from '$lib/server/http/page';
import { getWorkshopsPage } from '$lib/server/workshops/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => getWorkshopsPage(ctx));
