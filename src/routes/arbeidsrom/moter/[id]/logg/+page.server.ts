import { getMeetingAudit } from '$lib/server/governance/pages';
import { page } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getMeetingAudit(ctx, params));
