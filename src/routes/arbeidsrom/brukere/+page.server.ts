import { error } from '@sveltejs/kit';
import { formToObject } from '$lib/schemas/common';
import { canManageUsers } from '$lib/server/access';
import { ctxOf } from '$lib/server/http/context';
import { runCommand } from '$lib/server/http/errors';
import { listOrganisations } from '$lib/server/partners/queries';
import { createInvite, listOpenInvites, listUsers } from '$lib/server/users/commands';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!canManageUsers(event.locals.actor)) error(403, 'Ingen tilgang');
	const ctx = await ctxOf(event);
	const [users, invites, organisations] = await Promise.all([
		listUsers(ctx),
		listOpenInvites(ctx),
		listOrganisations(ctx)
	]);
	return { users, invites, organisations };
};

export const actions: Actions = {
	invite: async (event) => {
		const values = formToObject(await event.request.formData());
		let link = '';
		const failure = await runCommand(async () => {
			const { token } = await createInvite(await ctxOf(event), values);
			link = new URL(`/invitasjon/${token}`, event.url).href;
		}, values);
		// Until e-mail sending exists, the admin passes the link on.
		return failure ?? { link, email: String(values.email ?? '') };
	}
};
