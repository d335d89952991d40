import { download } from '$lib/server/http/file';
import { statusReportFile } from '$lib/server/reports/export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = download((ctx, { params }) => statusReportFile(ctx, params));
