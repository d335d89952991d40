import { getPublicMeeting } from '$lib/server/governance/public';
import { ctxOf } from '$lib/server/http/context';
import { idParam, loadOr404 } from '$lib/server/http/errors';
import { hasStatusReport } from '$lib/server/reports/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = await ctxOf(event);
	const id = idParam(event.params.id);
	return {
		meeting: await loadOr404(() => getPublicMeeting(db, id)),
		hasReport: await hasStatusReport(db, id)
	};
};
