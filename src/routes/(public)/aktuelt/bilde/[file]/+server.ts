import { download } from '$lib/server/http/file';
import { getNewsImage } from '$lib/server/news/public';
import type { RequestHandler } from './$types';

/** A scaled picture of a published post (`12-960.webp`). */
export const GET: RequestHandler = download((ctx, { params }) => getNewsImage(ctx, params));
