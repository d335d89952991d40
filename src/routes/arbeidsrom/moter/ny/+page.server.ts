import { createMeeting } from '$lib/server/governance/meetings';
import { newMeetingForm } from '$lib/server/governance/pages';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(newMeetingForm);

export const actions: Actions = {
	save: action('save', (ctx, input) => createMeeting(ctx, input), {
		redirect: (row) => `/arbeidsrom/moter/${row.id}?lagret=1`
	})
};
