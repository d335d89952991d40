import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { linkToMatter, unlinkFromMatter, updateMatter } from '$lib/server/matters/commands';
import { getMatterPage } from '$lib/server/matters/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getMatterPage(ctx, params));

export const actions: Actions = {
	save: action('save', (ctx, input, { params }) => updateMatter(ctx, { ...input, ...params })),
	link: action('link', (ctx, input, { params }) => linkToMatter(ctx, { ...input, ...params })),
	unlink: action('unlink', (ctx, input, { params }) =>
		unlinkFromMatter(ctx, { ...input, ...params })
	)
};
