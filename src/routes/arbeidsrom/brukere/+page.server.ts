import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { createInvite, getUsersPage } from '$lib/server/users/commands';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(getUsersPage);

export const actions: Actions = {
	// Until e-mail sending exists, the admin passes the link on.
	invite: action('invite', (ctx, input) => createInvite(ctx, input), {
		reply: ({ invite, token }, { url }) => ({
			link: new URL(`/invitasjon/${token}`, url).href,
			email: invite.email
		})
	})
};
