import { page } from '$lib/server/http/page';
import { getKnowledgePage } from '$lib/server/knowledge/public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => getKnowledgePage(ctx));
