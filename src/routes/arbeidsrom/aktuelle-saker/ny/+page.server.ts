import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { createMatter } from '$lib/server/matters/commands';
import { newMatterForm } from '$lib/server/matters/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(newMatterForm);

export const actions: Actions = {
	save: action('save', (ctx, input) => createMatter(ctx, input), {
		redirect: (row) => `/arbeidsrom/aktuelle-saker/${row.id}?lagret=save`
	})
};
