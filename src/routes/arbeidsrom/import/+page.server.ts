import {
	confirmImport,
	getImportPage,
	previewImport,
	settleImport
} from '$lib/server/actions/import';
import { action } from '$lib/server/http/form';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => getImportPage(ctx, queryOf(url)));

// Each step answers with a redirect to the draft's page (post, redirect, get): a reload shows it
// again instead of sending the form once more.
const toDraft = (result: { draftId: string }) => `/arbeidsrom/import?utkast=${result.draftId}`;

export const actions: Actions = {
	preview: action('preview', previewImport, { redirect: toDraft }),
	settle: action('settle', settleImport, { redirect: toDraft }),
	confirm: action('confirm', confirmImport, { redirect: toDraft })
};
