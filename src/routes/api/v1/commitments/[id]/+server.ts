import { apiGetCommitment } from '$lib/server/commitments/api';
import { endpoint } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint((ctx, { params }) => apiGetCommitment(ctx, params));
