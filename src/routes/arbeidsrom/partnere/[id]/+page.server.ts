import { error } from '@sveltejs/kit';
import { formToObject } from '$lib/schemas/common';
import { canManagePartners } from '$lib/server/access';
import { ctxOf } from '$lib/server/http/context';
import { loadOr404, runCommand, idParam } from '$lib/server/http/errors';
import { updateOrganisation } from '$lib/server/partners/commands';
import { getOrganisationById } from '$lib/server/partners/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!canManagePartners(event.locals.actor)) error(403, 'Ingen tilgang');
	const ctx = await ctxOf(event);
	const partner = await loadOr404(() => getOrganisationById(ctx, idParam(event.params.id)));
	return { partner, saved: event.url.searchParams.has('lagret') };
};

export const actions: Actions = {
	save: async (event) => {
		const values = formToObject(await event.request.formData());
		const id = idParam(event.params.id);
		return (
			(await runCommand(
				async () => updateOrganisation(await ctxOf(event), id, Number(values.version), values),
				values
			)) ?? { saved: true }
		);
	}
};
