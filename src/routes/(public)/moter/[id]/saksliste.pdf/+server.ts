import { documentTypes } from '$lib/schemas/hearing';
import { agendaPdf } from '$lib/server/governance/export';
import { getPublicMeeting } from '$lib/server/governance/public';
import { ctxOf } from '$lib/server/http/context';
import { download } from '$lib/server/http/download';
import { idParam, loadOr404 } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { db } = await ctxOf(event);
	const pub = await loadOr404(() => getPublicMeeting(db, idParam(event.params.id)));
	const pdf = await agendaPdf({ ...pub.meeting, cases: pub.cases });
	return download(pdf, `Saksliste ${pub.meeting.bodyName}.pdf`, documentTypes.pdf);
};
