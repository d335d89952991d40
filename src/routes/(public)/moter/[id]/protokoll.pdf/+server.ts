import { publicMeetingPaper } from '$lib/server/governance/export';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

/** The approved minutes as they stand in their latest version. */
export const GET: RequestHandler = download((ctx, { params }) =>
	publicMeetingPaper(ctx, params, 'minutes')
);
