import type { RequestEvent } from '@sveltejs/kit';
import type { Ctx } from '../core/context.ts';
import { answerOf, problemTitleOf } from './answers.ts';
import { ctxOf } from './context.ts';
import { json, problem } from './problem.ts';

/**
 * The API's answer to a domain error: `application/problem+json` with the status of the one
 * table (answers.ts), naming each bad parameter; null for anything else.
 */
export function problemOf(err: unknown): Response | null {
	const answer = answerOf(err);
	if (!answer) return null;
	const extra: Record<string, unknown> = {};
	if (answer.kind === 'invalid')
		extra.errors = Object.entries(answer.fields).map(([parameter, detail]) => ({
			parameter: parameter === '_form' ? '' : parameter,
			detail
		}));
	const response = problem(answer.status, problemTitleOf[answer.kind], extra);
	if (answer.kind === 'rate_limited')
		response.headers.set('retry-after', String(answer.retryAfterSeconds));
	return response;
}

/**
 * A JSON API handler. The API is open data: it reads as the public does, logged in or not. The
 * result is the body; domain errors are problem documents.
 */
export function endpoint<E extends RequestEvent>(work: (ctx: Ctx, event: E) => Promise<unknown>) {
	return async (event: E): Promise<Response> => {
		const ctx = { ...(await ctxOf(event)), actor: null };
		try {
			return json(await work(ctx, event));
		} catch (err) {
			const response = problemOf(err);
			if (!response) throw err;
			return response;
		}
	};
}
