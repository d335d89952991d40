import { createInquiry } from '$lib/server/engagements/commands';
import { inquiryFormOptions } from '$lib/server/engagements/queries';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx) => ({
	options: await inquiryFormOptions(ctx)
}));

export const actions: Actions = {
	save: action('save', (ctx, input) => createInquiry(ctx, input), {
		redirect: (row) => `/arbeidsrom/henvendelser/${row.id}?lagret=save`
	})
};
