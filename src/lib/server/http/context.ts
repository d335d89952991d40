import type { RequestEvent } from '@sveltejs/kit';
import { getApp } from '../app.ts';
import type { Ctx } from '../context.ts';

/** The domain context for a request: the database and the logged-in actor. */
export async function ctxOf(event: Pick<RequestEvent, 'locals'>): Promise<Ctx> {
	const { database } = await getApp();
	return { db: database.db, actor: event.locals.actor };
}
