import { endpoint } from '$lib/server/http/api';
import { openApiDocument } from '$lib/server/http/openapi';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async (ctx) => openApiDocument(ctx.origin));
