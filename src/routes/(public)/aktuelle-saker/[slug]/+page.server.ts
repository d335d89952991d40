import { page } from '$lib/server/http/page';
import { getPublicMatter } from '$lib/server/matters/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getPublicMatter(ctx, params));
