import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { askQuestion } from '$lib/server/questions/commands';
import { newQuestionForm } from '$lib/server/questions/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page((ctx, { setHeaders }) => {
	// The form carries the time it was shown, so the page is made anew for every visitor.
	setHeaders({ 'cache-control': 'private, no-store' });
	return newQuestionForm(ctx);
});

export const actions: Actions = {
	ask: action('ask', (ctx, input) => askQuestion(ctx, input))
};
