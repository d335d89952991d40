import { action } from '$lib/server/http/form';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { createDraftFrom } from '$lib/server/news/drafts';
import { getNewsAdminPage } from '$lib/server/news/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => getNewsAdminPage(ctx, queryOf(url)));

export const actions: Actions = {
	/** "Lag nyhetsutkast" on a progress update, a statement, minutes or a commitment. */
	draft: action('draft', (ctx, input) => createDraftFrom(ctx, input), {
		redirect: (row) => `/arbeidsrom/aktuelt/${row.id}?lagret=draft`
	})
};
