import { hearingCalendar } from '$lib/server/hearings/queries';
import { calendarResponse } from '$lib/server/http/calendar';
import { ctxOf } from '$lib/server/http/context';
import type { RequestHandler } from './$types';

/** The hearing deadlines as an iCalendar feed, for subscription in Outlook or Google Calendar. */
export const GET: RequestHandler = async (event) => {
	const { db } = await ctxOf(event);
	return calendarResponse(await hearingCalendar(db, event.url.origin), 'horinger.ics');
};
