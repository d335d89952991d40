import { createCommitment } from '$lib/server/commitments/commands';
import { newCommitmentForm } from '$lib/server/commitments/queries';
import { action } from '$lib/server/http/form';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => newCommitmentForm(ctx, queryOf(url)));

export const actions: Actions = {
	save: action('save', (ctx, input) => createCommitment(ctx, input), {
		redirect: (row) => `/arbeidsrom/forpliktelser/${row.id}?lagret=save`
	})
};
