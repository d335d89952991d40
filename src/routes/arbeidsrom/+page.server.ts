import { listNeedsAttention } from '$lib/server/actions/attention';
import { ctxOf } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	attention: await listNeedsAttention(await ctxOf(event))
});
