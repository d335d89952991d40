import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { recordReach, startReachImport } from '$lib/server/reach/commands';
import { getReachPage } from '$lib/server/reach/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => getReachPage(ctx));

export const actions: Actions = {
	record: action('record', (ctx, input) => recordReach(ctx, input)),
	upload: action('upload', (ctx, input) => startReachImport(ctx, input), {
		redirect: (draft) => `/arbeidsrom/rekkevidde/import/${draft.id}`
	})
};
