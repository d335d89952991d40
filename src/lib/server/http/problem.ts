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
