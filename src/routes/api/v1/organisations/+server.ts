import { endpoint } from '$lib/server/http/api';
import { queryOf } from '$lib/server/http/input';
import { apiListOrganisations } from '$lib/server/partners/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint((ctx, { url }) =>
	apiListOrganisations(ctx, queryOf(url))
);
