import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { updateOrganisation } from '$lib/server/partners/commands';
import { getOrganisationForEdit } from '$lib/server/partners/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx, { params, url }) => ({
	partner: await getOrganisationForEdit(ctx, params),
	saved: url.searchParams.get('lagret') === '1'
}));

export const actions: Actions = {
	save: action('save', (ctx, input, { params }) => updateOrganisation(ctx, { ...input, ...params }))
};
