/**
 * A redirect target from the request (`neste`, `back`), kept only if it is a path on this site:
 * it is parsed as a URL against the site's own origin, so `//host`, `/\host`, `/<tab>/host` and
 * the like, which browsers read as another host, fall back to the default, as do control
 * characters.
 */
export function safeTarget(target: unknown, origin: string, fallback: string): string {
	if (typeof target !== 'string' || !target.startsWith('/')) return fallback;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
	let url: URL;
	try {
		url = new URL(target, origin);
	} catch {
		return fallback;
	}
	if (url.origin !== origin) return fallback;
	return `${url.pathname}${url.search}${url.hash}`;
}
