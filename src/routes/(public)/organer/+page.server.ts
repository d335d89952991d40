import { listBodies } from '$lib/server/governance/bodies';
import { page } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx) => ({ bodies: await listBodies(ctx) }));
