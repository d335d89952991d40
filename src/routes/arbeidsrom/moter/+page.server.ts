import { isStaff } from '$lib/server/access';
import { listMeetings } from '$lib/server/governance/meetings';
import { ctxOf } from '$lib/server/http/context';
import { loadOr404 } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	meetings: await loadOr404(async () => listMeetings(await ctxOf(event))),
	canManage: isStaff(event.locals.actor)
});
