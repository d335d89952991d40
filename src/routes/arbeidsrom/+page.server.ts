import { listNeedsAttention } from '$lib/server/actions/attention';
import { page } from '$lib/server/http/page';
import { commonVoice } from '$lib/server/statements/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx) => ({
	attention: await listNeedsAttention(ctx),
	voice: await commonVoice(ctx)
}));
