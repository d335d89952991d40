import { getMeetingsPage } from '$lib/server/governance/meetings';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => getMeetingsPage(ctx, queryOf(url)));
