import { getPublicCommitmentsPage } from '$lib/server/commitments/public';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) =>
	getPublicCommitmentsPage(ctx, queryOf(url))
);
