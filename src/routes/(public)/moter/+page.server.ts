import { listPublicMeetings } from '$lib/server/governance/meetings';
import { ctxOf } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	meetings: await listPublicMeetings((await ctxOf(event)).db)
});
