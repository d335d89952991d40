import { getPublicCommitmentPage } from '$lib/server/commitments/public';
import { page } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params }) => getPublicCommitmentPage(ctx, params));
