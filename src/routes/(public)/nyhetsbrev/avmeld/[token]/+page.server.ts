// A post to this address without a form is a mail client's one-click unsubscription (RFC 8058).
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { unsubscribe } from '$lib/server/newsletter/commands';
import { getSubscriptionByToken } from '$lib/server/newsletter/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { params, setHeaders }) => {
	// A link with a secret token: never kept in a shared cache.
	setHeaders({ 'cache-control': 'private, no-store' });
	return getSubscriptionByToken(ctx, params);
});

export const actions: Actions = {
	default: action('unsubscribe', (ctx, _input, { params }) => unsubscribe(ctx, params))
};
