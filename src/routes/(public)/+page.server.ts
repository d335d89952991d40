import { summariseProgramme } from '$lib/server/actions/queries';
import { ctxOf } from '$lib/server/http/context';
import { listOrganisations } from '$lib/server/partners/queries';
import { getStrategy } from '$lib/server/strategy/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const [strategy, partners, summary] = await Promise.all([
		getStrategy(ctx),
		listOrganisations(ctx),
		summariseProgramme(ctx)
	]);
	return { strategy, partners, summary };
};
