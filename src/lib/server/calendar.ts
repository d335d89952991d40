import ical, { ICalCalendarMethod, type ICalEventData } from 'ical-generator';

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
