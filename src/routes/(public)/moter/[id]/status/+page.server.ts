import { ctxOf } from '$lib/server/http/context';
import { idParam, loadOr404, offsetParam } from '$lib/server/http/errors';
import { getStatusReport } from '$lib/server/reports/reports';
import type { PageServerLoad } from './$types';

const LIMIT = 100;

// A frozen paper with nothing to interact with: rendered on the server only, so the page does not
// carry the whole report a second time as data for the browser.
export const csr = false;

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const offset = offsetParam(event.url);
	return {
		report: await loadOr404(() =>
			getStatusReport(ctx, idParam(event.params.id), { limit: LIMIT, offset })
		),
		limit: LIMIT,
		offset
	};
};
