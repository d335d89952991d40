import { page } from '$lib/server/http/page';
import { queryOf } from '$lib/server/http/input';
import { getOutboxPage } from '$lib/server/notifications/deliver';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { url }) => getOutboxPage(ctx, queryOf(url)));
