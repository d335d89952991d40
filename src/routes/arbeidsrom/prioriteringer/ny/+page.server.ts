import { error, redirect } from '@sveltejs/kit';
import { formToObject } from '$lib/schemas/common';
import { canManagePriorities } from '$lib/server/core/access';
import { ctxOf } from '$lib/server/http/context';
import { runCommand } from '$lib/server/http/errors';
import { createRound } from '$lib/server/priorities/commands';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (!canManagePriorities(locals.actor)) error(403, 'Ingen tilgang');
	return {};
};

export const actions: Actions = {
	save: async (event) => {
		const values = formToObject(await event.request.formData(), [
			'criterionName',
			'criterionWeight'
		]);
		let id = 0;
		const failure = await runCommand(async () => {
			id = (await createRound(await ctxOf(event), values)).id;
		}, values);
		if (failure) return failure;
		redirect(303, `/arbeidsrom/prioriteringer/${id}?lagret=1`);
	}
};
