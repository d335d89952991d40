import { error } from '@sveltejs/kit';
import { canReadOutbox } from '$lib/server/core/access';
import { ctxOf } from '$lib/server/http/context';
import { offsetParam } from '$lib/server/http/errors';
import { listNotifications } from '$lib/server/notifications/deliver';
import { readMailSettings } from '$lib/server/platform/mail';
import type { PageServerLoad } from './$types';

const LIMIT = 50;

export const load: PageServerLoad = async (event) => {
	if (!canReadOutbox(event.locals.actor)) error(403, 'Ingen tilgang');
	const offset = offsetParam(event.url);
	return {
		notifications: await listNotifications(await ctxOf(event), { limit: LIMIT, offset }),
		smtp: Boolean(readMailSettings().host),
		limit: LIMIT,
		offset
	};
};
