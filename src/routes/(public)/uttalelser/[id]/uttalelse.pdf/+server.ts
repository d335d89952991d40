import { documentTypes } from '$lib/schemas/hearing';
import { ctxOf } from '$lib/server/http/context';
import { download } from '$lib/server/http/download';
import { idParam, loadOr404 } from '$lib/server/http/errors';
import { statementPdf } from '$lib/server/statements/export';
import { getPublicStatement } from '$lib/server/statements/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { db } = await ctxOf(event);
	const pub = await loadOr404(() => getPublicStatement(db, idParam(event.params.id)));
	return download(await statementPdf(pub), `${pub.statement.title}.pdf`, documentTypes.pdf);
};
