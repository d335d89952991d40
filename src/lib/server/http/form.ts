import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { Ctx } from '../core/context.ts';
import {
	RepeatedSubmission,
	locationOfSubmission,
	newSubmissionToken,
	once,
	rememberSubmission
} from '../core/submissions.ts';
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

/** The hidden field that carries a page's one-time form token (`FormOnce.svelte`). */
export const ONCE_FIELD = '_once';

/**
 * The one-time token for the forms of a page: a signed-in user's page gets a fresh one. Pages for
 * the public get none, since the response cache shares them between readers.
 */
export const formTokenFor = (actor: unknown): string | null =>
	actor ? newSubmissionToken() : null;

/**
 * A form action: reads the body as a form (a body that is not one is a 400, one over the size
 * limit a 413), hands the raw fields to `work` with the request's context, and answers the one
 * shape every page reads; errors as `formAnswerOf` says. A form that carries a one-time token is
 * saved once: a repeat of a saved post writes nothing and goes where the first one went.
 */
export function action<E extends RequestEvent, T, R extends object = object>(
	name: string,
	work: (ctx: Ctx, input: FormInput, event: E) => Promise<T>,
	options: Options<E, T, R> = {}
) {
	return async (event: E): Promise<FormSuccess<R> | ActionFailure<FormFailure>> => {
		let input: FormInput = {};
		let result: T;
		let token: string | undefined;
		const ctx = await ctxOf(event);
		try {
			const { [ONCE_FIELD]: oneTime, ...fields } = await readForm(event.request);
			input = fields;
			token = typeof oneTime === 'string' ? oneTime : undefined;
			result = await once(token, ctx.actor, () => work(ctx, input, event));
		} catch (err) {
			if (err instanceof RepeatedSubmission)
				redirect(
					303,
					err.location ?? (await locationOfSubmission(ctx.db, token!)) ?? savedOn(event.url, name)
				);
			const answer = formAnswerOf(name, err, input);
			if (!answer) throw err;
			if (answer.kind === 'login') redirect(303, loginPath(event));
			if (answer.kind === 'page')
				error(answer.status, { message: 'refused', requestId: event.locals.requestId });
			if (answer.failure.retryAfterSeconds)
				event.setHeaders({ 'retry-after': String(answer.failure.retryAfterSeconds) });
			return fail(answer.status, answer.failure);
		}
		if (options.reply) {
			await rememberSubmission(ctx.db, token, savedOn(event.url, name));
			return { done: name, ...options.reply(result, event) };
		}
		const location = options.redirect ? options.redirect(result, event) : savedOn(event.url, name);
		await rememberSubmission(ctx.db, token, location);
		redirect(303, location);
	};
}
