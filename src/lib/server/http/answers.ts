import type { FieldErrors } from '../core/errors.ts';
import {
	ConflictError,
	DomainError,
	ForbiddenError,
	LoginRequiredError,
	NotFoundError,
	RateLimitedError,
	TooLargeError,
	ValidationError
} from '../core/errors.ts';

/** What a domain error means to the web: one table for pages, forms, files and the API. */
export type Answer =
	| { status: 400; kind: 'invalid'; fields: FieldErrors }
	| { status: 401; kind: 'login' }
	| { status: 403; kind: 'forbidden' }
	| { status: 404; kind: 'not_found' }
	| { status: 409; kind: 'conflict' }
	| { status: 413; kind: 'too_large' }
	| { status: 429; kind: 'rate_limited'; retryAfterSeconds: number };

/** The answer to a domain error, or null for anything else (a bug: it stays a 500). */
export function answerOf(err: unknown): Answer | null {
	if (err instanceof ValidationError) return { status: 400, kind: 'invalid', fields: err.fields };
	if (err instanceof LoginRequiredError) return { status: 401, kind: 'login' };
	if (err instanceof ForbiddenError) return { status: 403, kind: 'forbidden' };
	if (err instanceof NotFoundError) return { status: 404, kind: 'not_found' };
	if (err instanceof ConflictError) return { status: 409, kind: 'conflict' };
	if (err instanceof TooLargeError) return { status: 413, kind: 'too_large' };
	if (err instanceof RateLimitedError)
		return { status: 429, kind: 'rate_limited', retryAfterSeconds: err.retryAfterSeconds };
	if (err instanceof DomainError) return { status: 400, kind: 'invalid', fields: {} };
	return null;
}

/** The message key a form shows above its fields for an answer without field messages. */
export const formMessageOf: Record<Answer['kind'], string> = {
	invalid: 'error_invalid',
	login: 'error_session_expired',
	forbidden: 'error_forbidden',
	not_found: 'error_not_found',
	conflict: 'error_conflict',
	too_large: 'error_too_large_body',
	rate_limited: 'error_rate_limited'
};

/** The title of a problem document (RFC 9457) for an answer. */
export const problemTitleOf: Record<Answer['kind'], string> = {
	invalid: 'Ugyldige parametere',
	login: 'Innlogging kreves',
	forbidden: 'Ingen tilgang',
	not_found: 'Ikke funnet',
	conflict: 'Endret av en annen',
	too_large: 'For stor forespørsel',
	rate_limited: 'For mange forespørsler'
};
