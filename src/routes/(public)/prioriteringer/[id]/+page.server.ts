import { ctxOf } from '$lib/server/http/context';
import { idParam, loadOr404 } from '$lib/server/http/errors';
import { getPublishedRound } from '$lib/server/priorities/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = await ctxOf(event);
	return { round: await loadOr404(() => getPublishedRound(db, idParam(event.params.id))) };
};
