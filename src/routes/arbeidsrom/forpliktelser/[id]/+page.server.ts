import { recordCommitmentStatus, updateCommitment } from '$lib/server/commitments/commands';
import { getCommitmentPage } from '$lib/server/commitments/queries';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getCommitmentPage(ctx, params));

export const actions: Actions = {
	status: action('status', (ctx, input, { params }) =>
		recordCommitmentStatus(ctx, { ...input, ...params })
	),
	save: action('save', (ctx, input, { params }) => updateCommitment(ctx, { ...input, ...params }))
};
