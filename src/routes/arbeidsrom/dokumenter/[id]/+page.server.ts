import { addDocumentVersion, removeDocument, updateDocument } from '$lib/server/documents/commands';
import { getDocumentAdmin } from '$lib/server/documents/queries';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getDocumentAdmin(ctx, params));

export const actions: Actions = {
	save: action('save', (ctx, input, { params }) => updateDocument(ctx, { ...input, ...params })),
	version: action('version', (ctx, input, { params }) =>
		addDocumentVersion(ctx, { ...input, ...params })
	),
	remove: action(
		'remove',
		(ctx, input, { params }) => removeDocument(ctx, { ...input, ...params }),
		{
			redirect: () => '/arbeidsrom/dokumenter?lagret=remove'
		}
	)
};
