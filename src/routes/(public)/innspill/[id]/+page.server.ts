import { page } from '$lib/server/http/page';
import { getPublicWorkshop } from '$lib/server/workshops/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getPublicWorkshop(ctx, params));
