import { getCommitmentDocument } from '$lib/server/commitments/queries';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

/** A commitment's source or evidence document, as a download. */
export const GET: RequestHandler = download((ctx, { params }) =>
	getCommitmentDocument(ctx, params)
);
