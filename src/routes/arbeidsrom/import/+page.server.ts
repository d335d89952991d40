import { confirmImport, getImportPage, previewImport } from '$lib/server/actions/import';
import { action } from '$lib/server/http/form';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => getImportPage(ctx, queryOf(url)));

export const actions: Actions = {
	preview: action('preview', previewImport, {
		redirect: (preview) => `/arbeidsrom/import?utkast=${preview.draftId}`
	}),
	confirm: action('confirm', confirmImport, {
		redirect: (result) => `/handlingsprogram?importert=${result.count}`
	})
};
