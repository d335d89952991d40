import { page } from '$lib/server/http/page';
import { getWorkspaceUser } from '$lib/server/users/queries';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = page((ctx) => ({ me: getWorkspaceUser(ctx) }));
