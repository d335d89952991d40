import { documentTypes } from '$lib/schemas/hearing';
import { agendaPdf } from '$lib/server/governance/export';
import { getMeeting } from '$lib/server/governance/meetings';
import { ctxOf } from '$lib/server/http/context';
import { download } from '$lib/server/http/download';
import { idParam, loadOr404, requireLogin } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** The full agenda with exempt material, for those who may read it. */
export const GET: RequestHandler = async (event) => {
	requireLogin(event.locals.actor, event.url);
	const detail = await loadOr404(async () =>
		getMeeting(await ctxOf(event), idParam(event.params.id))
	);
	const pdf = await agendaPdf({
		...detail.meeting,
		bodyName: detail.bodyName,
		cases: detail.cases
	});
	return download(pdf, `Saksliste ${detail.bodyName}.pdf`, documentTypes.pdf, {
		'cache-control': 'private, no-store'
	});
};
