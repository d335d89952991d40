import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { confirmReachImport, mapReachImport } from '$lib/server/reach/commands';
import { getReachImport } from '$lib/server/reach/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getReachImport(ctx, params));

export const actions: Actions = {
	map: action('map', (ctx, input, { params }) => mapReachImport(ctx, { ...input, ...params })),
	confirm: action('confirm', (ctx, input, { params }) =>
		confirmReachImport(ctx, { ...input, ...params })
	)
};
