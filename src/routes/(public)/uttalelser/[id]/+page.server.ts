import { ctxOf } from '$lib/server/http/context';
import { idParam, loadOr404 } from '$lib/server/http/errors';
import { getPublicStatement } from '$lib/server/statements/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = await ctxOf(event);
	return { statement: await loadOr404(() => getPublicStatement(db, idParam(event.params.id))) };
};
