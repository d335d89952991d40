import { listClosedHearings, listOpenHearings } from '$lib/server/hearings/queries';
import { isStaff } from '$lib/server/access';
import { ctxOf } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

const LIMIT = 20;

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const offset = Math.max(0, Math.floor(Number(event.url.searchParams.get('offset')) || 0));
	return {
		open: await listOpenHearings(ctx),
		closed: await listClosedHearings(ctx, { limit: LIMIT, offset }),
		limit: LIMIT,
		offset,
		canManage: isStaff(event.locals.actor)
	};
};
