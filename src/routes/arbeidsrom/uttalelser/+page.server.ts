import { isStaff } from '$lib/server/access';
import { ctxOf } from '$lib/server/http/context';
import { commonVoice, listStatements } from '$lib/server/statements/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	return {
		statements: await listStatements(ctx),
		voice: await commonVoice(ctx.db),
		canManage: isStaff(event.locals.actor)
	};
};
