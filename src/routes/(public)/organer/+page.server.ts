import { listBodies } from '$lib/server/governance/bodies';
import { ctxOf } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	bodies: await listBodies(await ctxOf(event))
});
