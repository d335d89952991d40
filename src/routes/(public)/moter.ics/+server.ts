import { meetingCalendar } from '$lib/server/governance/public';
import { calendarResponse } from '$lib/server/http/calendar';
import { ctxOf } from '$lib/server/http/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { db } = await ctxOf(event);
	return calendarResponse(await meetingCalendar(db, event.url.origin), 'moter.ics');
};
