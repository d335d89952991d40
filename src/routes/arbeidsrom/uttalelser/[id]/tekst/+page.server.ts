import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { saveStatementText, updateStatementMeta } from '$lib/server/statements/commands';
import { getStatementTextPage } from '$lib/server/statements/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getStatementTextPage(ctx, params));

export const actions: Actions = {
	meta: action(
		'meta',
		(ctx, input, { params }) => updateStatementMeta(ctx, { ...input, ...params }),
		{ redirect: (row) => `/arbeidsrom/uttalelser/${row.id}?lagret=1` }
	),
	save: action(
		'text',
		(ctx, input, { params }) => saveStatementText(ctx, { ...input, ...params }),
		{
			redirect: (version) => `/arbeidsrom/uttalelser/${version.statementId}?lagret=1`
		}
	)
};
