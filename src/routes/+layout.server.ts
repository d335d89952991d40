import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	actor: locals.actor ? { name: locals.actor.name, role: locals.actor.role } : null
});
