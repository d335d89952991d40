import { page } from '$lib/server/http/page';
import { getPartnerPage } from '$lib/server/partners/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getPartnerPage(ctx, params));
