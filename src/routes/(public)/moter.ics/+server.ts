import { meetingCalendar } from '$lib/server/governance/public';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = download((ctx) => meetingCalendar(ctx));
