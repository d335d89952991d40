import { actionFilter } from '$lib/schemas/action';
import { listActions, listThemes } from '$lib/server/actions/queries';
import { ctxOf } from '$lib/server/http/context';
import { listOrganisations } from '$lib/server/partners/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const filter = actionFilter.parse(Object.fromEntries(event.url.searchParams));
	const [list, themes, partners] = await Promise.all([
		listActions(ctx, filter),
		listThemes(ctx),
		listOrganisations(ctx)
	]);
	const imported = Number(event.url.searchParams.get('importert')) || null;
	return { filter, ...list, themes, partners, imported };
};
