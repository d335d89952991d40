/** Field name -> message key (translated by the route). */
export type FieldErrors = Record<string, string>;

export class DomainError extends Error {}

export class NotFoundError extends DomainError {
	constructor(what: string) {
		super(`${what} not found`);
	}
}

export class ForbiddenError extends DomainError {
	constructor(reason = 'forbidden') {
		super(reason);
	}
}

/** A request body or file larger than its limit. */
export class TooLargeError extends DomainError {
	constructor(what = 'body') {
		super(`${what} too large`);
	}
}

/** Nobody is logged in (or the session has expired) where an account is needed. */
export class LoginRequiredError extends ForbiddenError {
	constructor() {
		super('login required');
	}
}

export class ValidationError extends DomainError {
	readonly fields: FieldErrors;
	constructor(fields: FieldErrors) {
		super('validation failed');
		this.fields = fields;
	}
}

/** Someone else saved first (row version moved on). */
export class ConflictError extends DomainError {
	constructor(what: string) {
		super(`${what} was changed by someone else`);
	}
}

export class RateLimitedError extends DomainError {
	readonly retryAfterSeconds: number;
	constructor(retryAfterSeconds: number) {
		super('rate limited');
		this.retryAfterSeconds = retryAfterSeconds;
	}
}
