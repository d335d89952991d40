import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { formToObject } from '../../schemas/common.ts';
import {
	ConflictError,
	DomainError,
	ForbiddenError,
	NotFoundError,
	RateLimitedError,
	ValidationError
} from '../errors.ts';

/** Runs a page load and turns domain errors into the matching HTTP error page. */
export async function loadOr404<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (err) {
		if (err instanceof NotFoundError) error(404, 'Ikke funnet');
		if (err instanceof ForbiddenError) error(403, 'Ingen tilgang');
		throw err;
	}
}

/**
 * Runs a form action's command. Validation and conflicts come back to the form with the user's
 * input (`values`) so that nothing typed is lost. Returns null when the command succeeded.
 */
export async function runCommand(
	work: () => Promise<unknown>,
	values: Record<string, unknown>
): Promise<ReturnType<typeof fail> | null> {
	try {
		await work();
		return null;
	} catch (err) {
		if (err instanceof ValidationError) return fail(400, { errors: err.fields, values });
		if (err instanceof ConflictError)
			return fail(409, { errors: { _form: 'error_conflict' }, values, conflict: true });
		if (err instanceof RateLimitedError)
			return fail(429, { errors: { _form: 'error_rate_limited' }, values });
		if (err instanceof ForbiddenError) error(403, 'Ingen tilgang');
		if (err instanceof NotFoundError) error(404, 'Ikke funnet');
		if (err instanceof DomainError)
			return fail(400, { errors: { _form: 'error_invalid' }, values });
		throw err;
	}
}

export function requireLogin(
	actor: App.Locals['actor'],
	url: URL
): asserts actor is NonNullable<App.Locals['actor']> {
	if (!actor) redirect(303, `/logg-inn?neste=${encodeURIComponent(url.pathname + url.search)}`);
}

/** A numeric id from the URL; anything else is a 404, never a 500. */
export function idParam(raw: string): number {
	return /^\d{1,9}$/.test(raw) ? Number(raw) : error(404, 'Ikke funnet');
}

/** The `offset` query parameter of a paged list; bad values mean the first page. */
export function offsetParam(url: URL): number {
	return Math.max(0, Math.floor(Number(url.searchParams.get('offset')) || 0));
}

/**
 * `runCommand` for a page with several forms: a failure names the form it came from, so the page
 * shows the messages and the kept input at the right place.
 */
export async function runFormCommand(
	form: string,
	work: () => Promise<unknown>,
	values: Record<string, unknown>
): Promise<ReturnType<typeof fail> | null> {
	const failure = await runCommand(work, values);
	return failure ? fail(failure.status, { ...(failure.data as object), form }) : null;
}

/**
 * A form action of a page with several forms: reads the form, runs the command, and answers
 * `{ done: form }` on success or the named failure.
 */
export function formAction<E extends RequestEvent>(
	form: string,
	work: (event: E, values: Record<string, unknown>) => Promise<unknown>
) {
	return async (event: E) => {
		const values = formToObject(await event.request.formData());
		return (await runFormCommand(form, () => work(event, values), values)) ?? { done: form };
	};
}
