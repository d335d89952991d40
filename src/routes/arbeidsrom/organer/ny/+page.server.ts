import { error, redirect } from '@sveltejs/kit';
import { formToObject } from '$lib/schemas/common';
import { canManageGovernance } from '$lib/server/core/access';
import { createBody } from '$lib/server/governance/bodies';
import { ctxOf } from '$lib/server/http/context';
import { runCommand } from '$lib/server/http/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (!canManageGovernance(locals.actor)) error(403, 'Ingen tilgang');
	return {};
};

export const actions: Actions = {
	save: async (event) => {
		const values = formToObject(await event.request.formData());
		let id = 0;
		const failure = await runCommand(async () => {
			id = (await createBody(await ctxOf(event), values)).id;
		}, values);
		if (failure) return failure;
		redirect(303, `/arbeidsrom/organer/${id}?lagret=1`);
	}
};
