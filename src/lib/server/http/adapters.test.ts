import { describe, expect, it } from 'vitest';
import {
	ConflictError,
	ForbiddenError,
	LoginRequiredError,
	NotFoundError,
	RateLimitedError,
	TooLargeError,
	ValidationError
} from '../core/errors.ts';
import { safeTarget } from '../shared/redirect.ts';
import { problemOf } from './api.ts';
import { formAnswerOf } from './form.ts';
import { readForm } from './input.ts';

const typed = { title: 'Ny tittel', description: 'Linje én\nLinje to', password: 'hemmelig-1234' };

describe('a form answers each domain error', () => {
	it('back at the form with the messages and what was typed, never the password', () => {
		const answer = formAnswerOf('save', new ValidationError({ title: 'error_too_long' }), typed);
		expect(answer).toEqual({
			kind: 'form',
			status: 400,
			failure: {
				form: 'save',
				errors: { title: 'error_too_long' },
				values: { title: 'Ny tittel', description: 'Linje én\nLinje to' }
			}
		});
	});

	it('with a conflict, a limit and a body too large as messages for the whole form', () => {
		expect(formAnswerOf('save', new ConflictError('action'), typed)).toMatchObject({
			status: 409,
			failure: {
				errors: { _form: 'error_conflict' },
				conflict: true,
				values: { title: 'Ny tittel' }
			}
		});
		expect(formAnswerOf('login', new RateLimitedError(42), typed)).toMatchObject({
			status: 429,
			failure: { errors: { _form: 'error_rate_limited' }, retryAfterSeconds: 42 }
		});
		expect(formAnswerOf('upload', new TooLargeError(), {})).toMatchObject({
			status: 413,
			failure: { errors: { _form: 'error_too_large_body' } }
		});
	});

	it('as the error page when refused or unknown, and as a login when nobody is logged in', () => {
		expect(formAnswerOf('save', new ForbiddenError(), typed)).toEqual({
			kind: 'page',
			status: 403
		});
		expect(formAnswerOf('save', new NotFoundError('action'), typed)).toEqual({
			kind: 'page',
			status: 404
		});
		expect(formAnswerOf('save', new LoginRequiredError(), typed)).toEqual({ kind: 'login' });
	});

	it('and rethrows anything else, which is a bug', () => {
		expect(formAnswerOf('save', new TypeError('x'), typed)).toBeNull();
	});
});

describe('the API answers each domain error as problem+json', () => {
	it('with its status and each bad parameter named', async () => {
		const cases: [unknown, number][] = [
			[new ValidationError({ limit: 'error_invalid' }), 400],
			[new ForbiddenError(), 403],
			[new LoginRequiredError(), 401],
			[new NotFoundError('action'), 404],
			[new ConflictError('action'), 409],
			[new TooLargeError(), 413],
			[new RateLimitedError(7), 429]
		];
		for (const [err, status] of cases) {
			const response = problemOf(err)!;
			expect(response.status).toBe(status);
			expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
			expect((await response.json()).status).toBe(status);
		}
		const invalid = await problemOf(new ValidationError({ limit: 'error_invalid' }))!.json();
		expect(invalid.errors).toEqual([{ parameter: 'limit', detail: 'error_invalid' }]);
		expect(problemOf(new RateLimitedError(7))!.headers.get('retry-after')).toBe('7');
		expect(problemOf(new Error('bug'))).toBeNull();
	});
});

describe('a request body', () => {
	const post = (body: BodyInit | null, type?: string) =>
		new Request('http://localhost/x', {
			method: 'POST',
			body,
			headers: type ? { 'content-type': type } : {}
		});

	it('that is a form gives its fields, repeated ones as lists, files as bytes', async () => {
		const form = new FormData();
		form.append('title', 'A');
		form.append('ids', '1');
		form.append('ids', '2');
		form.append(
			'file',
			new File([new Uint8Array([1, 2, 3])], 'a.pdf', { type: 'application/pdf' })
		);
		const input = await readForm(post(form));
		expect(input.title).toBe('A');
		expect(input.ids).toEqual(['1', '2']);
		expect(input.file).toMatchObject({ name: 'a.pdf', type: 'application/pdf' });
		expect([...(input.file as { content: Uint8Array }).content]).toEqual([1, 2, 3]);
	});

	it('that is not a form is a validation error, not a crash', async () => {
		for (const request of [
			post('just text', 'text/plain'),
			post('no type'),
			post('--x\r\nbroken', 'multipart/form-data; boundary=x')
		]) {
			const err = await readForm(request).catch((e: unknown) => e);
			expect(err).toBeInstanceOf(ValidationError);
			expect((err as ValidationError).fields).toEqual({ _form: 'error_bad_body' });
		}
	});
});

describe('a redirect target', () => {
	const origin = 'https://samstemt.example';
	it('is kept when it is a path on this site', () => {
		expect(safeTarget('/arbeidsrom/handlingspunkt/HA16?x=1#a', origin, '/')).toBe(
			'/arbeidsrom/handlingspunkt/HA16?x=1#a'
		);
	});
	it('falls back for another host however it is written, and for control characters', () => {
		for (const target of [
			'//evil.example/x',
			'/\\evil.example/x',
			'/\tevil.example',
			'/\t/evil.example/x',
			'https://evil.example/',
			'/ok\r\nSet-Cookie: x=1',
			'/ok\u0000',
			'javascript:alert(1)',
			'',
			null,
			['/a', '/b']
		])
			expect(safeTarget(target, origin, '/arbeidsrom')).toBe('/arbeidsrom');
	});
});
