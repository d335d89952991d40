import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { Ctx } from '../core/context.ts';
import { answerOf, formMessageOf } from './answers.ts';
import { ctxOf } from './context.ts';
import { keptValues, readForm, type FormInput } from './input.ts';
import { loginPath } from './page.ts';

/** What every form action answers on failure, and every page reads with `formResult` ($lib/i18n). */
export interface FormFailure {
	/** The form (action name) that failed, so a page with several forms shows it at the right one. */
	form: string;
	/** Field name -> message key; `_form` for the form as a whole. */
	errors: Record<string, string>;
	/** What the user sent, to show again (never passwords or files). */
	values: Record<string, string | string[]>;
	conflict?: true;
	retryAfterSeconds?: number;
}
export type FormSuccess<R> = { done: string } & R;

/** How a form answers an error: back to the form, the error page, the login, or a bug (null). */
export type FormAnswer =
	| { kind: 'form'; status: number; failure: FormFailure }
	| { kind: 'page'; status: 403 | 404 }
	| { kind: 'login' };

/**
 * The one table of answers (answers.ts) as a form sees it. Validation errors, conflicts, limits
 * and a body too large go back to the form with what the user typed; a refusal or an unknown
 * target is the error page (there is nothing to correct); an expired session goes to log in.
 */
export function formAnswerOf(name: string, err: unknown, input: FormInput): FormAnswer | null {
	const answer = answerOf(err);
	if (!answer) return null;
	if (answer.kind === 'login') return { kind: 'login' };
	if (answer.kind === 'forbidden' || answer.kind === 'not_found')
		return { kind: 'page', status: answer.status };
	const failure: FormFailure = {
		form: name,
		errors:
			answer.kind === 'invalid' && Object.keys(answer.fields).length
				? answer.fields
				: { _form: formMessageOf[answer.kind] },
		values: keptValues(input)
	};
	if (answer.kind === 'conflict') failure.conflict = true;
	if (answer.kind === 'rate_limited') failure.retryAfterSeconds = answer.retryAfterSeconds;
	return { kind: 'form', status: answer.status, failure };
}

interface Options<E, T, R> {
	/** After success, go here (post, redirect, get). */
	redirect?: (result: T, event: E) => string;
	/**
	 * After success, stay on the page and give it this besides `{ done }`, for what is shown once
	 * (an invitation link). Without `redirect` or `reply` the page is loaded again by a redirect to
	 * itself with `lagret=<name>`, so that reloading it does not post the form again.
	 */
	reply?: (result: T, event: E) => R;
}

/** The page the form was on, saying which of its forms was saved. */
function savedOn(url: URL, name: string): string {
	const back = new URL(url);
	back.search = '';
	for (const [key, value] of url.searchParams)
		if (!key.startsWith('/')) back.searchParams.append(key, value);
	back.searchParams.set('lagret', name);
	return `${back.pathname}${back.search}`;
}

/**
 * A form action: reads the body as a form (a body that is not one is a 400, one over the size
 * limit a 413), hands the raw fields to `work` with the request's context, and answers the one
 * shape every page reads; errors as `formAnswerOf` says.
 */
export function action<E extends RequestEvent, T, R extends object = object>(
	name: string,
	work: (ctx: Ctx, input: FormInput, event: E) => Promise<T>,
	options: Options<E, T, R> = {}
) {
	return async (event: E): Promise<FormSuccess<R> | ActionFailure<FormFailure>> => {
		let input: FormInput = {};
		let result: T;
		try {
			input = await readForm(event.request);
			result = await work(await ctxOf(event), input, event);
		} catch (err) {
			const answer = formAnswerOf(name, err, input);
			if (!answer) throw err;
			if (answer.kind === 'login') redirect(303, loginPath(event));
			if (answer.kind === 'page')
				error(answer.status, { message: 'refused', requestId: event.locals.requestId });
			if (answer.failure.retryAfterSeconds)
				event.setHeaders({ 'retry-after': String(answer.failure.retryAfterSeconds) });
			return fail(answer.status, answer.failure);
		}
		if (options.redirect) redirect(303, options.redirect(result, event));
		if (!options.reply) redirect(303, savedOn(event.url, name));
		return { done: name, ...options.reply(result, event) };
	};
}
