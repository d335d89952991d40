import { setCaseLinks } from '$lib/server/governance/case-material';
import { getCaseLinksPage } from '$lib/server/governance/pages';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getCaseLinksPage(ctx, params));

export const actions: Actions = {
	links: action('links', (ctx, input, { params }) => setCaseLinks(ctx, { ...input, ...params }), {
		redirect: (_result, { params }) =>
			`/arbeidsrom/moter/${params.id}?lagret=links#sak-${params.caseId}`
	})
};
