import { getHearingDocument } from '$lib/server/hearings/queries';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

/** Serves a stored document as a download with its checked type, never to be rendered inline. */
export const GET: RequestHandler = download((ctx, { params }) => getHearingDocument(ctx, params));
