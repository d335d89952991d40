import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { getSharingKit, recordShare } from '$lib/server/news/sharing';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getSharingKit(ctx, params));

export const actions: Actions = {
	share: action('share', (ctx, input, { params }) => recordShare(ctx, { ...input, ...params }))
};
