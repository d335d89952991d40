import { apiListMeetings } from '$lib/server/governance/api';
import { endpoint } from '$lib/server/http/api';
import { queryOf } from '$lib/server/http/input';
import type { RequestHandler } from './$types';

/** Published meetings of public bodies; `q` searches what the public may read of the cases. */
export const GET: RequestHandler = endpoint((ctx, { url }) => apiListMeetings(ctx, queryOf(url)));
