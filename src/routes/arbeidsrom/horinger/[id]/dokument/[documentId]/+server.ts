import { getHearingDocument } from '$lib/server/hearings/queries';
import { ctxOf } from '$lib/server/http/context';
import { download } from '$lib/server/http/download';
import { idParam, loadOr404, requireLogin } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** Serves a stored document as a download with its checked type, never to be rendered inline. */
export const GET: RequestHandler = async (event) => {
	requireLogin(event.locals.actor, event.url);
	const ctx = await ctxOf(event);
	const document = await loadOr404(() =>
		getHearingDocument(ctx, idParam(event.params.id), idParam(event.params.documentId))
	);
	return download(document.content, document.fileName, document.contentType, {
		'cache-control': 'private, no-store'
	});
};
