import { apiGetMeeting } from '$lib/server/governance/api';
import { endpoint } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint((ctx, { params }) => apiGetMeeting(ctx, params));
