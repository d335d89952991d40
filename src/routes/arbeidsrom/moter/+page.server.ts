import { isStaff } from '$lib/server/core/access';
import { listMeetings } from '$lib/server/governance/meetings';
import { ctxOf } from '$lib/server/http/context';
import { loadOr404, offsetParam } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

const LIMIT = 50;

export const load: PageServerLoad = async (event) => {
	const offset = offsetParam(event.url);
	const ctx = await ctxOf(event);
	return {
		meetings: await loadOr404(() => listMeetings(ctx, { limit: LIMIT, offset })),
		canManage: isStaff(event.locals.actor),
		limit: LIMIT,
		offset
	};
};
