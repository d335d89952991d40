import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { createRound } from '$lib/server/priorities/commands';
import { newRoundForm } from '$lib/server/priorities/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(newRoundForm);

export const actions: Actions = {
	save: action('save', (ctx, input) => createRound(ctx, input), {
		redirect: (round) => `/arbeidsrom/prioriteringer/${round.id}?lagret=1`
	})
};
