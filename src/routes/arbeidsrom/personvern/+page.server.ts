import { action } from '$lib/server/http/form';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { deletePersonData } from '$lib/server/questions/commands';
import { personDataPage } from '$lib/server/questions/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => personDataPage(ctx, queryOf(url)));

export const actions: Actions = {
	erase: action('erase', (ctx, input) => deletePersonData(ctx, input), {
		reply: (result) => ({ erased: result })
	})
};
