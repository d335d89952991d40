import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { setOrganisationActive } from '$lib/server/partners/commands';
import { listAllOrganisations } from '$lib/server/partners/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx) => ({
	partners: await listAllOrganisations(ctx)
}));

export const actions: Actions = {
	toggle: action('toggle', setOrganisationActive)
};
