import { listAnsweredHearings } from '$lib/server/hearings/queries';
import { ctxOf } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

const LIMIT = 20;

export const load: PageServerLoad = async (event) => {
	const { db } = await ctxOf(event);
	const offset = Math.max(0, Math.floor(Number(event.url.searchParams.get('offset')) || 0));
	return {
		answered: await listAnsweredHearings(db, { limit: LIMIT, offset }),
		limit: LIMIT,
		offset
	};
};
