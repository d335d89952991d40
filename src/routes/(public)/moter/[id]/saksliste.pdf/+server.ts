import { publicMeetingPaper } from '$lib/server/governance/export';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = download((ctx, { params }) =>
	publicMeetingPaper(ctx, params, 'agenda')
);
