import { download } from '$lib/server/http/file';
import { queryOf } from '$lib/server/http/input';
import { exportPersonData } from '$lib/server/questions/queries';
import type { RequestHandler } from './$types';

/** One person's data as JSON, for the administrator (GDPR article 15). */
export const GET: RequestHandler = download((ctx, { url }) => exportPersonData(ctx, queryOf(url)));
