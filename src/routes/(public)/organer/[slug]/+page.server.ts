import { getBodyBySlug } from '$lib/server/governance/bodies';
import { ctxOf } from '$lib/server/http/context';
import { loadOr404 } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	return { body: await loadOr404(() => getBodyBySlug(ctx, event.params.slug)) };
};
