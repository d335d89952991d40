import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { confirmSubscription } from '$lib/server/newsletter/commands';
import { getSubscriptionByToken } from '$lib/server/newsletter/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params, setHeaders }) => {
	// A link with a secret token: never kept in a shared cache.
	setHeaders({ 'cache-control': 'private, no-store' });
	return getSubscriptionByToken(ctx, params);
});

export const actions: Actions = {
	default: action('confirm', (ctx, _input, { params }) => confirmSubscription(ctx, params))
};
