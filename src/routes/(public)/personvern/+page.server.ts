import { page } from '$lib/server/http/page';
import { privacyFacts } from '$lib/server/questions/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page(() => privacyFacts());
