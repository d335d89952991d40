import { apiGetAction } from '$lib/server/actions/api';
import { endpoint } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint((ctx, { params }) => apiGetAction(ctx, params));
