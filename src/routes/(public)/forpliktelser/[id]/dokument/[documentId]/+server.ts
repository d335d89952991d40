import { getPublicCommitmentDocument } from '$lib/server/commitments/public';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

/** A public commitment's source or evidence document, as a download. */
export const GET: RequestHandler = download((ctx, { params }) =>
	getPublicCommitmentDocument(ctx, params)
);
