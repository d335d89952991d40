import { error, redirect } from '@sveltejs/kit';
import { formToObject } from '$lib/schemas/common';
import { canManageGovernance } from '$lib/server/core/access';
import { listBodies } from '$lib/server/governance/bodies';
import { createMeeting } from '$lib/server/governance/meetings';
import { ctxOf } from '$lib/server/http/context';
import { runCommand } from '$lib/server/http/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!canManageGovernance(event.locals.actor)) error(403, 'Ingen tilgang');
	const bodies = await listBodies(await ctxOf(event));
	return { bodies: bodies.map((b) => ({ value: b.id, label: b.name })) };
};

export const actions: Actions = {
	save: async (event) => {
		const values = formToObject(await event.request.formData());
		let id = 0;
		const failure = await runCommand(async () => {
			id = (await createMeeting(await ctxOf(event), values)).id;
		}, values);
		if (failure) return failure;
		redirect(303, `/arbeidsrom/moter/${id}?lagret=1`);
	}
};
