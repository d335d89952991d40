import { error, redirect } from '@sveltejs/kit';
import type { Ctx } from '../core/context.ts';
import { answerOf } from './answers.ts';
import { ctxOf } from './context.ts';

interface Event {
	locals: App.Locals;
	url: URL;
}

/** Where to log in and come back to this page; `utlopt` says that a session has expired. */
export function loginPath(event: Event): string {
	// Back to the page, not to the form action that was posted (`?/progress`).
	const query = new URLSearchParams(
		[...event.url.searchParams].filter(([key]) => !key.startsWith('/'))
	).toString();
	const back = encodeURIComponent(event.url.pathname + (query ? `?${query}` : ''));
	return `/logg-inn?neste=${back}${event.locals.hadSession ? '&utlopt=1' : ''}`;
}

/**
 * Throws the framework's answer for an error met while reading (a page load or a file): the
 * table in answers.ts, as an error page, or a redirect to log in. Anything else is rethrown.
 */
export function throwAnswer(err: unknown, event: Event): never {
	const answer = answerOf(err);
	if (!answer) throw err;
	if (answer.kind === 'login') redirect(303, loginPath(event));
	error(answer.status, { message: answer.kind, requestId: event.locals.requestId });
}

/**
 * A page load: hands the request's context to `work`, which calls the domain with the raw route
 * and query parameters; domain errors become the error page (or a login) with their status.
 */
export function page<E extends Event, T>(work: (ctx: Ctx, event: E) => Promise<T> | T) {
	return async (event: E): Promise<T> => {
		const ctx = await ctxOf(event);
		try {
			return await work(ctx, event);
		} catch (err) {
			throwAnswer(err, event);
		}
	};
}
