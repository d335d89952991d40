import { page } from '$lib/server/http/page';
import { getNewsletterAdminPage } from '$lib/server/newsletter/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx) => getNewsletterAdminPage(ctx));
