import { NotFoundError } from '$lib/server/core/errors';
import { meetingJson } from '$lib/server/governance/api';
import { getPublicMeeting } from '$lib/server/governance/public';
import { ctxOf } from '$lib/server/http/context';
import { json, problem } from '$lib/server/http/problem';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	if (!/^\d{1,9}$/.test(event.params.id))
		return problem(400, 'Ugyldig id', { detail: 'Id-en er et heltall.' });
	const { db } = await ctxOf(event);
	try {
		return json(meetingJson(await getPublicMeeting(db, Number(event.params.id)), event.url.origin));
	} catch (err) {
		if (err instanceof NotFoundError)
			return problem(404, 'Fant ikke møtet', {
				detail: `Ingen publisert møte med id ${event.params.id}.`
			});
		throw err;
	}
};
