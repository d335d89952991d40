import { hearingCalendar } from '$lib/server/hearings/queries';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

/** The hearing deadlines as an iCalendar feed, for subscription in Outlook or Google Calendar. */
export const GET: RequestHandler = download((ctx) => hearingCalendar(ctx));
