import { meetingPaper } from '$lib/server/governance/export';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

/** The minutes as they now read, marked as a draft until approved. */
export const GET: RequestHandler = download((ctx, { params }) =>
	meetingPaper(ctx, params, 'minutes')
);
