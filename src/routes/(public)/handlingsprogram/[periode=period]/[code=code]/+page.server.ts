import { getActionPage } from '$lib/server/actions/queries';
import { page } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

/** An action point of an archived programme, as that programme had it. */
export const load: PageServerLoad = page((ctx, { params }) => getActionPage(ctx, params));
