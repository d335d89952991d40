import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { subscribe } from '$lib/server/newsletter/commands';
import { newSubscribeForm } from '$lib/server/newsletter/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { setHeaders }) => {
	// The form carries the time it was shown, so the page is made anew for every visitor.
	setHeaders({ 'cache-control': 'private, no-store' });
	return newSubscribeForm(ctx);
});

export const actions: Actions = {
	subscribe: action('subscribe', (ctx, input) => subscribe(ctx, input))
};
