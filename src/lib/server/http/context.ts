import type { RequestEvent } from '@sveltejs/kit';
import { getApp } from '../platform/app.ts';
import type { Ctx } from '../core/context.ts';

type Event = Pick<RequestEvent, 'locals' | 'url'> &
	Partial<Pick<RequestEvent, 'request'>> & {
		getClientAddress?: () => string;
	};

function addressOf(event: Event): string {
	try {
		return event.getClientAddress?.() ?? 'unknown';
	} catch {
		// Behind a proxy whose address header is missing: count them together.
		return 'unknown';
	}
}

/**
 * The domain context for a request: the database, the logged-in actor, the site's origin and the
 * client. Only the adapters in this folder build one; routes get it handed to them.
 */
export async function ctxOf(event: Event): Promise<Ctx> {
	const { database } = await getApp();
	return {
		db: database.db,
		actor: event.locals.actor,
		origin: event.url.origin,
		client: event.request
			? { address: addressOf(event), headers: event.request.headers }
			: undefined
	};
}
