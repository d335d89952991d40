import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { getQuestionsPage } from '$lib/server/questions/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => getQuestionsPage(ctx, queryOf(url)));
