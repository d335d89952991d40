import type { Handle, RequestEvent } from '@sveltejs/kit';
import { hash } from 'node:crypto';
import { readGeneration } from '../core/audit.ts';
import { getApp } from '../platform/app.ts';

interface Entry {
	generation: number;
	status: number;
	headers: [string, string][];
	body: Uint8Array;
}

// Bounded by bytes as well as entries: URLs with ever new query strings must not grow the process.
const MAX_ENTRIES = 1_000;
const MAX_TOTAL_BYTES = 48 * 1024 * 1024;
const MAX_BODY_BYTES = 512 * 1024;
let totalBytes = 0;
const entries = new Map<string, Entry>();
const inFlight = new Map<string, Promise<Entry | undefined>>();

// A page is kept from the second time it is asked for: URLs asked for once (a one-off search, a
// crawler, a new query string each time) would otherwise push out the pages people come back to,
// and hold memory for nothing. Only digests of recent keys are remembered, oldest out first.
const MAX_SEEN = 20_000;
const seen = new Set<string>();

function seenBefore(key: string): boolean {
	const digest = hash('sha1', key, 'base64');
	if (seen.has(digest)) return true;
	seen.add(digest);
	if (seen.size > MAX_SEEN) seen.delete(seen.values().next().value!);
	return false;
}

const PRIVATE_PREFIXES = ['/arbeidsrom', '/logg-inn', '/logg-ut', '/invitasjon', '/sprak'];

function cacheable(event: RequestEvent): boolean {
	if (event.request.method !== 'GET' || event.isSubRequest) return false;
	if (event.locals.actor) return false;
	const path = event.url.pathname;
	if (PRIVATE_PREFIXES.some((prefix) => path.startsWith(prefix))) return false;
	if (path.startsWith('/_app/') || path.includes('/eksport')) return false;
	// A data request of client-side navigation, or a page: both depend on URL and language only.
	return true;
}

/**
 * Caches anonymous public responses (pages, JSON, feeds, charts) in memory, keyed by URL and language and tagged with the
 * database's cache generation. Any change moves the generation on (recordAudit), so a cached
 * response is served only while nothing has changed, on every instance.
 */
export const responseCache: Handle = async ({ event, resolve }) => {
	if (!cacheable(event)) return resolve(event);
	const { database } = await getApp();
	const generation = await readGeneration(database);
	const locale = event.cookies.get('PARAGLIDE_LOCALE') ?? 'nb';
	// SvelteKit strips /__data.json from event.url: a data request must not share the page's key.
	const kind = event.isDataRequest ? 'data' : 'page';
	const key = `${kind} ${locale} ${event.url.pathname}${event.url.search}`;
	const hit = entries.get(key);
	if (hit && hit.generation === generation) {
		// Re-insert to keep the map in least-recently-used order.
		entries.delete(key);
		entries.set(key, hit);
		return fromEntry(hit, 'hit');
	}
	// Requests that miss together on the same key wait for one rendering instead of each running
	// the page's queries.
	const flightKey = `${generation} ${key}`;
	const waiting = inFlight.get(flightKey);
	if (waiting) {
		const entry = await waiting;
		if (entry) return fromEntry(entry, 'shared');
	}
	let settle: (entry: Entry | undefined) => void = () => {};
	if (!waiting) inFlight.set(flightKey, new Promise((r) => (settle = r)));
	try {
		const response = await resolve(event);
		const type = response.headers.get('content-type') ?? '';
		if (
			response.status !== 200 ||
			response.headers.has('set-cookie') ||
			// A page that is new on every showing (a public form with its signed start time).
			/no-store/.test(response.headers.get('cache-control') ?? '') ||
			// Pages, JSON, feeds, and an indicator's chart and figures (drawn anew on every request).
			!/text\/html|application\/json|text\/calendar|application\/(atom|rss|feed)\+(xml|json)|image\/(svg\+xml|png)|text\/csv/.test(
				type
			)
		) {
			settle(undefined);
			return response;
		}
		const body = new Uint8Array(await response.arrayBuffer());
		const entry: Entry = {
			generation,
			status: response.status,
			headers: [...response.headers].filter(([name]) => name !== 'content-length'),
			body
		};
		if (body.byteLength <= MAX_BODY_BYTES && seenBefore(key)) {
			store(key, entry);
		}
		settle(entry);
		return fromEntry(entry, 'miss');
	} catch (error) {
		settle(undefined);
		throw error;
	} finally {
		if (!waiting) inFlight.delete(flightKey);
	}
};

// Every response made from an entry streams the entry's own bytes, which nothing writes to: a
// Response built from a byte array would copy it first, and under load those copies pile up in
// the native heap faster than the garbage collector frees them.
function fromEntry(entry: Entry, cache: 'hit' | 'miss' | 'shared'): Response {
	const { body } = entry;
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(body);
			controller.close();
		}
	});
	return new Response(stream, {
		status: entry.status,
		headers: [...entry.headers, ['content-length', String(body.byteLength)], ['x-cache', cache]]
	});
}

function store(key: string, entry: Entry) {
	const previous = entries.get(key);
	if (previous) {
		totalBytes -= previous.body.byteLength;
		entries.delete(key);
	}
	entries.set(key, entry);
	totalBytes += entry.body.byteLength;
	// Drop the least recently used until both bounds hold.
	while (entries.size > MAX_ENTRIES || totalBytes > MAX_TOTAL_BYTES) {
		const [oldestKey, oldest] = entries.entries().next().value!;
		entries.delete(oldestKey);
		totalBytes -= oldest.body.byteLength;
	}
}
