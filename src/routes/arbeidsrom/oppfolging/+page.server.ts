import { completeFollowUp, listFollowUps } from '$lib/server/governance/follow-ups';
import { ctxOf } from '$lib/server/http/context';
import { formAction, loadOr404, offsetParam } from '$lib/server/http/errors';
import type { Actions, PageServerLoad } from './$types';

const LIMIT = 50;

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const done = event.url.searchParams.get('vis') === 'ferdige';
	const offset = offsetParam(event.url);
	return {
		followUps: await loadOr404(() => listFollowUps(ctx, { done, limit: LIMIT, offset })),
		done,
		limit: LIMIT,
		offset
	};
};

export const actions: Actions = {
	complete: formAction('complete', async (event, values) =>
		completeFollowUp(await ctxOf(event), Number(values.followUpId) || -1, values)
	)
};
