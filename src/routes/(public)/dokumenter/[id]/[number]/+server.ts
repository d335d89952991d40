import { getDocumentFile } from '$lib/server/documents/queries';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

/** A version's file as a download with its checked type, never to be rendered inline. */
export const GET: RequestHandler = download((ctx, { params }) => getDocumentFile(ctx, params));
