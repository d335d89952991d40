import { apiListCommitments } from '$lib/server/commitments/api';
import { endpoint } from '$lib/server/http/api';
import { queryOf } from '$lib/server/http/input';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint((ctx, { url }) =>
	apiListCommitments(ctx, queryOf(url))
);
