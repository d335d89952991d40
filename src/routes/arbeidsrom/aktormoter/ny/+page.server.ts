import { createEngagement } from '$lib/server/engagements/commands';
import { newEngagementForm } from '$lib/server/engagements/queries';
import { action } from '$lib/server/http/form';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => newEngagementForm(ctx, queryOf(url)));

export const actions: Actions = {
	save: action('save', (ctx, input) => createEngagement(ctx, input), {
		redirect: (row) => `/arbeidsrom/aktormoter/${row.id}?lagret=save`
	})
};
