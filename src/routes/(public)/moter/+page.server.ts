import { getPublicMeetingsPage } from '$lib/server/governance/public';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) =>
	getPublicMeetingsPage(ctx, queryOf(url))
);
