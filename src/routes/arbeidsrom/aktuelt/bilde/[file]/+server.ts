import { download } from '$lib/server/http/file';
import { getWorkspaceNewsImage } from '$lib/server/news/queries';
import type { RequestHandler } from './$types';

/** A scaled picture of any post, drafts too, for those logged in. */
export const GET: RequestHandler = download((ctx, { params }) =>
	getWorkspaceNewsImage(ctx, params)
);
