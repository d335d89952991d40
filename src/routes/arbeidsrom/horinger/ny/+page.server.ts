import { error, redirect } from '@sveltejs/kit';
import { formToObject } from '$lib/schemas/common';
import { canManageHearings } from '$lib/server/access';
import { createHearing } from '$lib/server/hearings/commands';
import { hearingFormOptions } from '$lib/server/hearings/queries';
import { ctxOf } from '$lib/server/http/context';
import { runCommand } from '$lib/server/http/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!canManageHearings(event.locals.actor)) error(403, 'Ingen tilgang');
	return { options: await hearingFormOptions(await ctxOf(event)) };
};

export const actions: Actions = {
	save: async (event) => {
		const values = formToObject(await event.request.formData(), ['themeIds']);
		let id = 0;
		const failure = await runCommand(async () => {
			id = (await createHearing(await ctxOf(event), values)).id;
		}, values);
		if (failure) return failure;
		redirect(303, `/arbeidsrom/horinger/${id}?lagret=1`);
	}
};
