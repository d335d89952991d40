import { getCaseAttachment } from '$lib/server/governance/case-material';
import { ctxOf } from '$lib/server/http/context';
import { download } from '$lib/server/http/download';
import { idParam, loadOr404, requireLogin } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireLogin(event.locals.actor, event.url);
	const ctx = await ctxOf(event);
	const file = await loadOr404(() =>
		getCaseAttachment(ctx, idParam(event.params.id), idParam(event.params.attachmentId))
	);
	return download(file.content, file.fileName, file.contentType, {
		'cache-control': 'private, no-store'
	});
};
