import { getDocumentsAdmin } from '$lib/server/documents/queries';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => getDocumentsAdmin(ctx, queryOf(url)));
