import { meetingPaper } from '$lib/server/governance/export';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

/** The full agenda with exempt material, for those who may read it. */
export const GET: RequestHandler = download((ctx, { params }) =>
	meetingPaper(ctx, params, 'agenda')
);
