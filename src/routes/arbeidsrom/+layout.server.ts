import { requireLogin } from '$lib/server/http/errors';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
	requireLogin(locals.actor, url);
	return { me: locals.actor };
};
