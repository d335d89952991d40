import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { acceptInvite, getInvitePage } from '$lib/server/users/commands';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getInvitePage(ctx, params));

export const actions: Actions = {
	default: action(
		'accept',
		(ctx, input, { params }) => acceptInvite(ctx, { ...input, ...params }),
		{
			redirect: () => '/logg-inn?invitert=1'
		}
	)
};
