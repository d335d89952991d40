import { getHearingDocument } from '$lib/server/hearings/queries';
import { ctxOf } from '$lib/server/http/context';
import { loadOr404, requireLogin, idParam } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** Serves a stored document as a download with its checked type, never to be rendered inline. */
export const GET: RequestHandler = async (event) => {
	requireLogin(event.locals.actor, event.url);
	const ctx = await ctxOf(event);
	const document = await loadOr404(() =>
		getHearingDocument(ctx, idParam(event.params.id), idParam(event.params.documentId))
	);
	const ascii = document.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return new Response(new Uint8Array(document.content), {
		headers: {
			'content-type': document.contentType,
			'content-length': String(document.size),
			'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, no-store'
		}
	});
};
