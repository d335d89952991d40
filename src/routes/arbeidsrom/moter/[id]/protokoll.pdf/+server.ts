import { documentTypes } from '$lib/schemas/hearing';
import { minutesPdf } from '$lib/server/governance/export';
import { getMeeting } from '$lib/server/governance/meetings';
import { ctxOf } from '$lib/server/http/context';
import { download } from '$lib/server/http/download';
import { idParam, loadOr404, requireLogin } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** The minutes as they now read, marked as a draft until approved. */
export const GET: RequestHandler = async (event) => {
	requireLogin(event.locals.actor, event.url);
	const detail = await loadOr404(async () =>
		getMeeting(await ctxOf(event), idParam(event.params.id))
	);
	const paper = { ...detail.meeting, bodyName: detail.bodyName, cases: detail.cases };
	return download(
		await minutesPdf(paper, detail.minutes),
		`Protokoll ${detail.bodyName}.pdf`,
		documentTypes.pdf,
		{ 'cache-control': 'private, no-store' }
	);
};
