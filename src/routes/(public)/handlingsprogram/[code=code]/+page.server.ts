import { getActionPage } from '$lib/server/actions/queries';
import { page } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getActionPage(ctx, params));
