import { createDocument } from '$lib/server/documents/commands';
import { newDocumentForm } from '$lib/server/documents/queries';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => newDocumentForm(ctx));

export const actions: Actions = {
	save: action('save', (ctx, input) => createDocument(ctx, input), {
		redirect: (row) => `/arbeidsrom/dokumenter/${row.id}?lagret=save`
	})
};
