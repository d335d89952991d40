import { ctxOf } from '$lib/server/http/context';
import { offsetParam } from '$lib/server/http/errors';
import { listPublicStatements } from '$lib/server/statements/queries';
import type { PageServerLoad } from './$types';

const LIMIT = 20;

export const load: PageServerLoad = async (event) => {
	const { db } = await ctxOf(event);
	const offset = offsetParam(event.url);
	return {
		statements: await listPublicStatements(db, { limit: LIMIT, offset }),
		limit: LIMIT,
		offset
	};
};
