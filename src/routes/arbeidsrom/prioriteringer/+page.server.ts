import { isStaff } from '$lib/server/core/access';
import { ctxOf } from '$lib/server/http/context';
import { listRounds } from '$lib/server/priorities/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	rounds: await listRounds(await ctxOf(event)),
	canManage: isStaff(event.locals.actor)
});
