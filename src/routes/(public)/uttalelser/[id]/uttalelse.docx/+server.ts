import { download } from '$lib/server/http/file';
import { statementFile } from '$lib/server/statements/export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = download((ctx, { params }) =>
	statementFile(ctx, params, 'docx')
);
