import { addMember, endMembership, getBodyPage, updateBody } from '$lib/server/governance/bodies';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx, { params, url }) => ({
	...(await getBodyPage(ctx, params)),
	saved: url.searchParams.get('lagret') === '1'
}));

export const actions: Actions = {
	save: action('save', (ctx, input, { params }) => updateBody(ctx, { ...input, ...params })),
	member: action('member', (ctx, input, { params }) => addMember(ctx, { ...input, ...params })),
	end: action('end', (ctx, input, { params }) => endMembership(ctx, { ...input, ...params }))
};
