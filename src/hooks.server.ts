import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { randomUUID } from 'node:crypto';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getApp } from '$lib/server/platform/app';
import { responseCache } from '$lib/server/http/cache';
import { sameOriginHook } from '$lib/server/http/same-origin';
import { log } from '$lib/server/platform/log';

export const init: ServerInit = async () => {
	const { database, jobs } = await getApp();
	// adapter-node emits this after it stops taking requests: stop the job queue and release the
	// database so the process ends.
	process.once('sveltekit:shutdown' as 'exit', () => {
		void (async () => {
			await jobs?.stop();
			await database.close();
			// Requests cut off by the shutdown can leave pool connections open after the close
			// (seen under load on PostgreSQL): give the process a second to end by itself, then end it.
			setTimeout(() => process.exit(0), 1_000).unref();
		})();
	});
};

const requestId: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	event.locals.requestId = randomUUID();
	const response = await resolve(event);
	log.info({
		id: event.locals.requestId,
		method: event.request.method,
		path: event.url.pathname,
		status: response.status,
		ms: Math.round(performance.now() - started)
	});
	return response;
};

const session: Handle = async ({ event, resolve }) => {
	event.locals.actor = null;
	const cookie = event.request.headers.get('cookie') ?? '';
	event.locals.hadSession = cookie.includes('session_token');
	// Anonymous visitors carry no session cookie: skip the lookup for them.
	if (cookie.includes('session_token')) {
		const { auth } = await getApp();
		const found = await auth.api.getSession({ headers: event.request.headers });
		if (found) {
			const u = found.user as typeof found.user & { role: string; organisationId: number | null };
			event.locals.actor = {
				id: u.id,
				name: u.name,
				email: u.email,
				role: u.role as 'admin' | 'secretariat' | 'partner' | 'reader',
				organisationId: u.organisationId ?? null
			};
		}
	}
	return resolve(event);
};

const locale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const set = (name: string, value: string) => {
		if (!response.headers.has(name)) response.headers.set(name, value);
	};
	set('referrer-policy', 'strict-origin-when-cross-origin');
	set('x-content-type-options', 'nosniff');
	set('x-frame-options', 'DENY');
	set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
	set('cross-origin-opener-policy', 'same-origin');
	if (event.url.protocol === 'https:') set('strict-transport-security', 'max-age=31536000');
	if (event.url.pathname.startsWith('/arbeidsrom')) set('cache-control', 'private, no-store');
	return response;
};

// The cache sits inside the session hook (it serves anonymous visitors only) and outside the
// locale hook, whose output it keeps per language.
// Cross-site posts are refused by our own check (http/same-origin.ts), which also accepts the other
// names a site is reached by; SvelteKit's own is turned off in svelte.config.js.
const crossSite = sameOriginHook(() => process.env.ORIGIN ?? '');

export const handle = sequence(requestId, headers, crossSite, session, responseCache, locale);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) log.error({ id: event.locals.requestId, err: error }, 'unhandled error');
	return {
		message: status === 404 ? 'Ikke funnet' : 'Intern feil',
		requestId: event.locals.requestId
	};
};
