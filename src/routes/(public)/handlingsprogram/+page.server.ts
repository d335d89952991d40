import { listActions, listThemes } from '$lib/server/actions/queries';
import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { listOrganisations } from '$lib/server/partners/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx, { url }) => {
	const [list, themes, partners] = await Promise.all([
		listActions(ctx, queryOf(url)),
		listThemes(ctx),
		listOrganisations(ctx)
	]);
	const imported = Number(url.searchParams.get('importert')) || null;
	return { ...list, themes, partners, imported };
});
