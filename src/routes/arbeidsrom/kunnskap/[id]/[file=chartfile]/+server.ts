import { download } from '$lib/server/http/file';
import { getIndicatorFileInternal } from '$lib/server/knowledge/queries';
import type { RequestHandler } from './$types';

/** An indicator's chart or figures in the workspace, of an internal one too. */
export const GET: RequestHandler = download((ctx, { params }) =>
	getIndicatorFileInternal(ctx, params)
);
