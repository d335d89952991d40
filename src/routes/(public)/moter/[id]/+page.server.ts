import { getPublicMeeting } from '$lib/server/governance/meetings';
import { ctxOf } from '$lib/server/http/context';
import { idParam, loadOr404 } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = await ctxOf(event);
	return { meeting: await loadOr404(() => getPublicMeeting(db, idParam(event.params.id))) };
};
