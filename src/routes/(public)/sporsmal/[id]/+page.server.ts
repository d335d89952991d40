import { page } from '$lib/server/http/page';
import { getPublicQuestion } from '$lib/server/questions/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getPublicQuestion(ctx, params));
