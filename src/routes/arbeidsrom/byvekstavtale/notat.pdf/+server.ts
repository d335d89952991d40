import { download } from '$lib/server/http/file';
import { getReadinessBrief } from '$lib/server/knowledge/readiness';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = download((ctx) => getReadinessBrief(ctx));
