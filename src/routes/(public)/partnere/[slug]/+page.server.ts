import { ctxOf } from '$lib/server/http/context';
import { loadOr404 } from '$lib/server/http/errors';
import { getOrganisationBySlug, listActionsOfOrganisation } from '$lib/server/partners/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const partner = await loadOr404(() => getOrganisationBySlug(ctx, event.params.slug));
	const actions = await listActionsOfOrganisation(ctx, partner.id);
	return {
		partner,
		leads: actions.filter((a) => a.leads),
		takesPart: actions.filter((a) => !a.leads)
	};
};
