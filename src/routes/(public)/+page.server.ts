import { summariseProgramme } from '$lib/server/actions/queries';
import { page } from '$lib/server/http/page';
import { frontPageIndicators } from '$lib/server/knowledge/public';
import { publicPinnedMatters } from '$lib/server/matters/queries';
import { listOrganisations } from '$lib/server/partners/queries';
import { getStrategy } from '$lib/server/strategy/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx) => {
	const [strategy, partners, summary, matters, indicators] = await Promise.all([
		getStrategy(ctx),
		listOrganisations(ctx),
		summariseProgramme(ctx),
		publicPinnedMatters(ctx),
		frontPageIndicators(ctx)
	]);
	return { strategy, partners, summary, matters, indicators };
});
