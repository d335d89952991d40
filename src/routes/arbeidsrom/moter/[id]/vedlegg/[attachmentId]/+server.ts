import { getCaseAttachment } from '$lib/server/governance/case-material';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = download((ctx, { params }) => getCaseAttachment(ctx, params));
