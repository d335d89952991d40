import { listAnsweredHearings } from '$lib/server/hearings/queries';
import { ctxOf } from '$lib/server/http/context';
import { statementsForHearings } from '$lib/server/statements/queries';
import { offsetParam } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

const LIMIT = 20;

export const load: PageServerLoad = async (event) => {
	const { db } = await ctxOf(event);
	const offset = offsetParam(event.url);
	const answered = await listAnsweredHearings(db, { limit: LIMIT, offset });
	const statements = await statementsForHearings(
		db,
		answered.rows.map((row) => row.id)
	);
	return {
		answered: {
			...answered,
			rows: answered.rows.map((row) => ({ ...row, statementId: statements.get(row.id) ?? null }))
		},
		limit: LIMIT,
		offset
	};
};
