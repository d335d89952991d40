import { queryOf } from '$lib/server/http/input';
import { page } from '$lib/server/http/page';
import { getStatusReport } from '$lib/server/reports/reports';
import type { PageServerLoad } from './$types';

const LIMIT = 100;

// A frozen paper with nothing to interact with: rendered on the server only, so the page does not
// carry the whole report a second time as data for the browser.
export const csr = false;

export const load: PageServerLoad = page(async (ctx, { params, url }) => {
	const input = { ...queryOf(url), ...params };
	const report = await getStatusReport(ctx, input, { limit: LIMIT });
	return { report, limit: LIMIT, offset: report.offset };
});
