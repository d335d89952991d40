import { error, redirect } from '@sveltejs/kit';
import { formToObject } from '$lib/schemas/common';
import { canManageStatements } from '$lib/server/access';
import { hearingChoices } from '$lib/server/hearings/queries';
import { ctxOf } from '$lib/server/http/context';
import { runCommand } from '$lib/server/http/errors';
import { createStatement } from '$lib/server/statements/commands';
import { SECTION_FIELDS } from '../sections';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!canManageStatements(event.locals.actor)) error(403, 'Ingen tilgang');
	const hearingId = event.url.searchParams.get('horing') ?? '';
	return { hearings: await hearingChoices(await ctxOf(event)), hearingId };
};

export const actions: Actions = {
	save: async (event) => {
		const values = formToObject(await event.request.formData(), SECTION_FIELDS);
		let id = 0;
		const failure = await runCommand(async () => {
			id = (await createStatement(await ctxOf(event), values)).id;
		}, values);
		if (failure) return failure;
		redirect(303, `/arbeidsrom/uttalelser/${id}?lagret=1`);
	}
};
