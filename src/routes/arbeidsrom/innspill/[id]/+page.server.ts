import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import {
	addWorkshopItems,
	decideWorkshopItem,
	updateWorkshop
} from '$lib/server/workshops/commands';
import { getWorkshopPage } from '$lib/server/workshops/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getWorkshopPage(ctx, params));

export const actions: Actions = {
	save: action('save', (ctx, input, { params }) => updateWorkshop(ctx, { ...input, ...params })),
	items: action('items', (ctx, input, { params }) =>
		addWorkshopItems(ctx, { ...input, ...params })
	),
	decide: action('decide', (ctx, input, { params }) =>
		decideWorkshopItem(ctx, { ...input, ...params })
	)
};
