import ical, { ICalCalendarMethod, type ICalEventData } from 'ical-generator';
import { PUBLIC_CACHE, type FileReply } from './files.ts';

/**
 * An iCalendar feed (RFC 5545) for subscription in Outlook or Google Calendar. Events need stable
 * ids (`uid`, without the host), so that a client updates an event in place when it moves.
 */
export function calendarFeed(
	origin: string,
	name: string,
	product: string,
	events: (Omit<ICalEventData, 'id'> & { uid: string })[]
): string {
	const host = new URL(origin).host;
	const calendar = ical({
		name,
		prodId: { company: 'Samstemt', product, language: 'NB' },
		method: ICalCalendarMethod.PUBLISH,
		timezone: 'Europe/Oslo',
		ttl: 60 * 60
	});
	for (const { uid, ...event } of events) calendar.createEvent({ ...event, id: `${uid}@${host}` });
	return calendar.toString();
}

/** A feed as a file that calendar clients subscribe to (shown inline, kept for five minutes). */
export const calendarFile = (body: string, fileName: string): FileReply => ({
	body,
	fileName,
	contentType: 'text/calendar; charset=utf-8',
	disposition: 'inline',
	cache: PUBLIC_CACHE
});
