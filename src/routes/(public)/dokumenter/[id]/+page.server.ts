import { getDocumentPage } from '$lib/server/documents/queries';
import { page } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getDocumentPage(ctx, params));
