import type { z } from 'zod';

/** An RFC 9457 problem document. */
export function problem(
	status: number,
	title: string,
	extra: Record<string, unknown> = {}
): Response {
	return new Response(JSON.stringify({ type: 'about:blank', title, status, ...extra }), {
		status,
		headers: { 'content-type': 'application/problem+json; charset=utf-8' }
	});
}

export function invalidParameters(error: z.ZodError): Response {
	return problem(400, 'Ugyldige parametere', {
		errors: error.issues.map((issue) => ({
			parameter:
				issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : ''),
			detail: issue.message
		}))
	});
}

export function json(body: unknown, init: ResponseInit = {}): Response {
	return new Response(JSON.stringify(body), {
		...init,
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'access-control-allow-origin': '*',
			...init.headers
		}
	});
}
