import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { confirmIndicatorImport, mapIndicatorImport } from '$lib/server/knowledge/commands';
import { getIndicatorImport } from '$lib/server/knowledge/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getIndicatorImport(ctx, params));

export const actions: Actions = {
	map: action('map', (ctx, input, { params }) => mapIndicatorImport(ctx, { ...input, ...params })),
	confirm: action('confirm', (ctx, input, { params }) =>
		confirmIndicatorImport(ctx, { ...input, ...params })
	)
};
