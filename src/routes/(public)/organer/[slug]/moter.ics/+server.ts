import { meetingCalendar } from '$lib/server/governance/public';
import { calendarResponse } from '$lib/server/http/calendar';
import { ctxOf } from '$lib/server/http/context';
import { loadOr404 } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { db } = await ctxOf(event);
	const feed = await loadOr404(() => meetingCalendar(db, event.url.origin, event.params.slug));
	return calendarResponse(feed, `moter-${event.params.slug}.ics`);
};
