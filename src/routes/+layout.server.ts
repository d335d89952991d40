import type { LayoutServerLoad } from './$types';
import { formTokenFor } from '$lib/server/http/form';

// Every page carries the one-time token for its forms (FormOnce.svelte), new on every load.
export const load: LayoutServerLoad = ({ locals }) => ({
	actor: locals.actor ? { name: locals.actor.name, role: locals.actor.role } : null,
	formToken: formTokenFor(locals.actor)
});
