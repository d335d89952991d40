import { download } from '$lib/server/http/file';
import { getIndicatorFile } from '$lib/server/knowledge/public';
import type { RequestHandler } from './$types';

/** A public indicator's chart (SVG, PNG) or figures (CSV). */
export const GET: RequestHandler = download((ctx, { params }) => getIndicatorFile(ctx, params));
