import { listPublicMeetings } from '$lib/server/governance/public';
import { ctxOf } from '$lib/server/http/context';
import { offsetParam } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

const LIMIT = 25;

export const load: PageServerLoad = async (event) => {
	const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const offset = offsetParam(event.url);
	return {
		meetings: await listPublicMeetings((await ctxOf(event)).db, { q, limit: LIMIT, offset }),
		q,
		limit: LIMIT,
		offset
	};
};
