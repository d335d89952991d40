import { error } from '@sveltejs/kit';
import { canManageGovernance } from '$lib/server/core/access';
import { listBodies } from '$lib/server/governance/bodies';
import { ctxOf } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!canManageGovernance(event.locals.actor)) error(403, 'Ingen tilgang');
	return { bodies: await listBodies(await ctxOf(event)) };
};
