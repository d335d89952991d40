import { page } from '$lib/server/http/page';
import { getStatementsPage } from '$lib/server/statements/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(getStatementsPage);
