import {
	addHearingDocument,
	removeHearingDocument,
	updateHearing
} from '$lib/server/hearings/commands';
import { getHearingPage } from '$lib/server/hearings/queries';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx, { params, url }) => ({
	...(await getHearingPage(ctx, params)),
	saved: url.searchParams.get('lagret') === '1'
}));

export const actions: Actions = {
	save: action('save', (ctx, input, { params }) => updateHearing(ctx, { ...input, ...params })),
	upload: action('upload', (ctx, input, { params }) =>
		addHearingDocument(ctx, { ...input, ...params })
	),
	remove: action('remove', (ctx, input, { params }) =>
		removeHearingDocument(ctx, { ...input, ...params })
	)
};
