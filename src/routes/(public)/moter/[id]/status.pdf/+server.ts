import { documentTypes } from '$lib/schemas/hearing';
import { ctxOf } from '$lib/server/http/context';
import { download } from '$lib/server/http/download';
import { idParam, loadOr404 } from '$lib/server/http/errors';
import { reportPdf } from '$lib/server/reports/export';
import { getStatusReport } from '$lib/server/reports/reports';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const ctx = await ctxOf(event);
	const report = await loadOr404(() => getStatusReport(ctx, idParam(event.params.id)));
	return download(
		await reportPdf(report),
		'Status for handlingsprogrammet.pdf',
		documentTypes.pdf,
		{
			'cache-control': ctx.actor ? 'private, no-store' : 'public, max-age=300'
		}
	);
};
