import { endpoint } from '$lib/server/http/api';
import { queryOf } from '$lib/server/http/input';
import { apiSearch } from '$lib/server/search/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint((ctx, { url }) => apiSearch(ctx, queryOf(url)));
