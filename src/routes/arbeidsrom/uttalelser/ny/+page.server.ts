import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { queryOf } from '$lib/server/http/input';
import { createStatement } from '$lib/server/statements/commands';
import { newStatementForm } from '$lib/server/statements/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => newStatementForm(ctx, queryOf(url)));

export const actions: Actions = {
	save: action('save', (ctx, input) => createStatement(ctx, input), {
		redirect: (row) => `/arbeidsrom/uttalelser/${row.id}?lagret=1`
	})
};
