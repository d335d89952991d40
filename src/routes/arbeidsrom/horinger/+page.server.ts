import { listClosedHearings, listOpenHearings } from '$lib/server/hearings/queries';
import { isStaff } from '$lib/server/access';
import { ctxOf } from '$lib/server/http/context';
import { offsetParam } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

const LIMIT = 20;

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const offset = offsetParam(event.url);
	return {
		open: await listOpenHearings(ctx),
		closed: await listClosedHearings(ctx, { limit: LIMIT, offset }),
		limit: LIMIT,
		offset,
		canManage: isStaff(event.locals.actor)
	};
};
