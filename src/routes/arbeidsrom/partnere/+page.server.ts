import { error } from '@sveltejs/kit';
import { canManagePartners } from '$lib/server/access';
import { ctxOf } from '$lib/server/http/context';
import { runCommand } from '$lib/server/http/errors';
import { setOrganisationActive } from '$lib/server/partners/commands';
import { listOrganisations } from '$lib/server/partners/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!canManagePartners(event.locals.actor)) error(403, 'Ingen tilgang');
	return { partners: await listOrganisations(await ctxOf(event), { includeInactive: true }) };
};

export const actions: Actions = {
	toggle: async (event) => {
		const form = await event.request.formData();
		const id = Number(form.get('id'));
		const active = form.get('active') === 'true';
		return (
			(await runCommand(async () => setOrganisationActive(await ctxOf(event), id, active), {})) ?? {
				toggled: id
			}
		);
	}
};
