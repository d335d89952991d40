import { error } from '@sveltejs/kit';
import { documentTypes } from '$lib/schemas/hearing';
import { minutesPdf } from '$lib/server/governance/export';
import { getPublicMeeting } from '$lib/server/governance/public';
import { ctxOf } from '$lib/server/http/context';
import { download } from '$lib/server/http/download';
import { idParam, loadOr404 } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** The approved minutes as they stand in their latest version. */
export const GET: RequestHandler = async (event) => {
	const { db } = await ctxOf(event);
	const pub = await loadOr404(() => getPublicMeeting(db, idParam(event.params.id)));
	if (!pub.minutes) error(404, 'Ikke funnet');
	const pdf = await minutesPdf({ ...pub.meeting, cases: pub.cases }, pub.minutes);
	return download(pdf, `Protokoll ${pub.meeting.bodyName}.pdf`, documentTypes.pdf);
};
