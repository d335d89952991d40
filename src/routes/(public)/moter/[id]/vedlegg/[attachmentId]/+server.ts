import { getPublicAttachment } from '$lib/server/governance/public';
import { ctxOf } from '$lib/server/http/context';
import { download } from '$lib/server/http/download';
import { idParam, loadOr404 } from '$lib/server/http/errors';
import type { RequestHandler } from './$types';

/** A public attachment: never one that is exempt or belongs to an exempt case. */
export const GET: RequestHandler = async (event) => {
	const { db } = await ctxOf(event);
	const file = await loadOr404(() =>
		getPublicAttachment(db, idParam(event.params.id), idParam(event.params.attachmentId))
	);
	return download(file.content, file.fileName, file.contentType);
};
