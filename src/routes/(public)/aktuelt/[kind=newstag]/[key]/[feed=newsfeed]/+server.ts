import { download } from '$lib/server/http/file';
import { getNewsFeed } from '$lib/server/news/public';
import type { RequestHandler } from './$types';

/** One tag's published posts as Atom, RSS 2.0 or JSON Feed. */
export const GET: RequestHandler = download((ctx, { params }) => getNewsFeed(ctx, params));
