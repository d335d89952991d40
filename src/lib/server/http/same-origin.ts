import type { Handle } from '@sveltejs/kit';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A mail client's one-click unsubscription (RFC 8058) is posted by the mail provider, not from a
 * page of this site, so it has no `Origin`. It only ends the subscription its secret token names.
 */
const ONE_CLICK = /^\/nyhetsbrev\/avmeld\/[A-Za-z0-9_-]{20,64}$/;

/**
 * Whether a request that changes something comes from a page of this site: its `Origin` must name
 * the host the request was sent to (the `Host` header, which a proxy passes on), or the configured
 * `ORIGIN`. So the site works at every name it is reached by (`localhost` and `127.0.0.1` alike),
 * while a form on another site is refused. A request without `Origin` is refused too: browsers
 * send one with every such post.
 */
export function sameOrigin(request: Request, configured: string): boolean {
	if (!UNSAFE.has(request.method)) return true;
	if (ONE_CLICK.test(new URL(request.url).pathname)) return true;
	const origin = request.headers.get('origin');
	if (!origin) return false;
	let host: string;
	try {
		host = new URL(origin).host;
	} catch {
		return false;
	}
	return host === request.headers.get('host') || origin === configured;
}

const refusal = (origin: string | null, site: string) => `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Skjemaet ble avvist – Samstemt</title></head>
<body><main><h1>Skjemaet ble avvist</h1>
<p>Skjemaet ble sendt fra ${origin ? `en annen adresse (${escape(origin)})` : 'en side uten avsenderadresse'} enn siden det gjelder. Av sikkerhetshensyn godtas bare skjemaer som sendes fra Samstemts egne sider.</p>
<p>Åpne siden på nytt fra <a href="${escape(site)}">${escape(site)}</a> og send skjemaet igjen. Driver du nettstedet og bruker en annen adresse, setter du <code>ORIGIN</code> til den adressen.</p>
</main></body></html>`;

function escape(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Our own cross-site check, in place of SvelteKit's (which compares with `ORIGIN` only, so that a
 * site opened at another of its names answered every form with an English message).
 */
export function sameOriginHook(configured: () => string): Handle {
	return ({ event, resolve }) => {
		if (sameOrigin(event.request, configured())) return resolve(event);
		const origin = event.request.headers.get('origin');
		return new Response(refusal(origin, configured()), {
			status: 403,
			headers: { 'content-type': 'text/html; charset=utf-8' }
		});
	};
}
