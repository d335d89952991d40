import { getPublicAttachment } from '$lib/server/governance/public';
import { download } from '$lib/server/http/file';
import type { RequestHandler } from './$types';

/** A public attachment: never one that is exempt or belongs to an exempt case. */
export const GET: RequestHandler = download((ctx, { params }) => getPublicAttachment(ctx, params));
