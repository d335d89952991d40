import { updateInquiry } from '$lib/server/engagements/commands';
import { getInquiryPage } from '$lib/server/engagements/queries';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getInquiryPage(ctx, params));

export const actions: Actions = {
	save: action('save', (ctx, input, { params }) => updateInquiry(ctx, { ...input, ...params }))
};
