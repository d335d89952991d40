import { page } from '$lib/server/http/page';
import { getPublicStatement } from '$lib/server/statements/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx, { params }) => ({
	statement: await getPublicStatement(ctx, params)
}));
