import { page } from '$lib/server/http/page';
import { getRoundsPage } from '$lib/server/priorities/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => getRoundsPage(ctx));
