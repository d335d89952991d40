import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import {
	addIndicatorTarget,
	recordIndicatorValue,
	removeIndicatorTarget,
	removeIndicatorValue,
	startIndicatorImport,
	updateIndicator
} from '$lib/server/knowledge/commands';
import { getIndicatorEdit } from '$lib/server/knowledge/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getIndicatorEdit(ctx, params));

export const actions: Actions = {
	save: action('save', (ctx, input, { params }) => updateIndicator(ctx, { ...input, ...params })),
	value: action('value', (ctx, input, { params }) =>
		recordIndicatorValue(ctx, { ...input, ...params })
	),
	removeValue: action('removeValue', (ctx, input, { params }) =>
		removeIndicatorValue(ctx, { ...input, ...params })
	),
	target: action('target', (ctx, input, { params }) =>
		addIndicatorTarget(ctx, { ...input, ...params })
	),
	removeTarget: action('removeTarget', (ctx, input, { params }) =>
		removeIndicatorTarget(ctx, { ...input, ...params })
	),
	upload: action(
		'upload',
		(ctx, input, { params }) => startIndicatorImport(ctx, { ...input, ...params }),
		{
			redirect: (r) => `/arbeidsrom/kunnskap/${r.id}/import/${r.draftId}`
		}
	)
};
