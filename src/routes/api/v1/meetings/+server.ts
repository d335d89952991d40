import { meetingQuery } from '$lib/schemas/meeting-query';
import { meetingSummaryJson } from '$lib/server/governance/api';
import { listPublicMeetings } from '$lib/server/governance/public';
import { ctxOf } from '$lib/server/http/context';
import { invalidParameters, json } from '$lib/server/http/problem';
import type { RequestHandler } from './$types';

/** Published meetings of public bodies; `q` searches what the public may read of the cases. */
export const GET: RequestHandler = async (event) => {
	const parsed = meetingQuery.safeParse(Object.fromEntries(event.url.searchParams));
	if (!parsed.success) return invalidParameters(parsed.error);
	const { db } = await ctxOf(event);
	const page = await listPublicMeetings(db, parsed.data);
	return json({
		total: page.total,
		limit: parsed.data.limit,
		offset: parsed.data.offset,
		items: page.rows.map((row) => meetingSummaryJson(row, event.url.origin))
	});
};
