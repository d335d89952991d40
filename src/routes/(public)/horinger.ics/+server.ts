import { hearingCalendar } from '$lib/server/hearings/queries';
import { ctxOf } from '$lib/server/http/context';
import type { RequestHandler } from './$types';

/** The hearing deadlines as an iCalendar feed, for subscription in Outlook or Google Calendar. */
export const GET: RequestHandler = async (event) => {
	const { db } = await ctxOf(event);
	return new Response(await hearingCalendar(db, event.url.origin), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'inline; filename="horinger.ics"',
			'cache-control': 'public, max-age=300'
		}
	});
};
