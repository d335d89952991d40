import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.ts';
import { addDays } from '../shared/dates.ts';
import { user } from '../users/schema.ts';
import { mondayOf } from './queries.ts';
import { newsPost } from './schema.ts';

/** The hour on Monday from which the week's reminder goes out. */
export const MONDAY_HOUR = 7;

const osloMidnight = (iso: string) => sql`((${iso}::date)::timestamp at time zone 'Europe/Oslo')`;

/**
 * On Monday morning, when nothing is published or scheduled for the week, a reminder to each
 * user of the secretariat; the key names the week, so it goes out once however often the scan runs.
 */
export async function newsReminders(db: Db, origin: string, today: string, hour: number) {
	const monday = mondayOf(today);
	if (today !== monday || hour < MONDAY_HOUR) return [];
	const end = addDays(monday, 7);
	const [{ n }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(newsPost)
		.where(
			and(
				inArray(newsPost.status, ['published', 'scheduled', 'withdrawn']),
				sql`coalesce(${newsPost.publishedAt}, ${newsPost.publishAt}) >= ${osloMidnight(monday)}`,
				sql`coalesce(${newsPost.publishedAt}, ${newsPost.publishAt}) < ${osloMidnight(end)}`
			)
		);
	if (n > 0) return [];
	const secretariat = await db
		.select({ email: user.email })
		.from(user)
		.where(eq(user.role, 'secretariat'));
	return secretariat.map((person) => ({
		key: `news-week:${monday}:${person.email}`,
		recipient: person.email,
		subject: 'Ingen nyhet er publisert eller planlagt denne uken',
		body: `Målet er minst én nyhet i uken. Ingenting er publisert eller planlagt for uken som begynner ${monday}.\n\n${origin}/arbeidsrom/aktuelt/ny`
	}));
}
