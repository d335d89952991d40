import { getEngagementsPage } from '$lib/server/engagements/queries';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => getEngagementsPage(ctx, queryOf(url)));
