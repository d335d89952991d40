import { listNeedsAttention } from '$lib/server/actions/attention';
import { ctxOf } from '$lib/server/http/context';
import { commonVoice } from '$lib/server/statements/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	return { attention: await listNeedsAttention(ctx), voice: await commonVoice(ctx.db) };
};
