import { ctxOf } from '$lib/server/http/context';
import { listPublishedRounds } from '$lib/server/priorities/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	rounds: await listPublishedRounds((await ctxOf(event)).db)
});
