import { getCommitmentsPage } from '$lib/server/commitments/queries';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => getCommitmentsPage(ctx, queryOf(url)));
