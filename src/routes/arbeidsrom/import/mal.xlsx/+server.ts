import { importTemplate } from '$lib/server/actions/export';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = download(importTemplate);
