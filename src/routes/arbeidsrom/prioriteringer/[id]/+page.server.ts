import { canScorePriorities, isStaff } from '$lib/server/core/access';
import { ctxOf } from '$lib/server/http/context';
import { idParam, loadOr404, formAction } from '$lib/server/http/errors';
import {
	closeRound,
	publishRound,
	setHorizonFromRound,
	submitScores
} from '$lib/server/priorities/commands';
import { getOrganisationById } from '$lib/server/partners/queries';
import { getRound } from '$lib/server/priorities/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const round = await loadOr404(() => getRound(ctx, idParam(event.params.id)));
	const staff = isStaff(event.locals.actor);
	const organisationId = event.locals.actor?.organisationId;
	return {
		organisationName: organisationId ? (await getOrganisationById(ctx, organisationId)).name : '',
		round,
		staff,
		canScore: canScorePriorities(event.locals.actor) && round.state === 'open',
		// Others' scores stay hidden from the partners until the round is closed.
		showResult: staff || round.state === 'closed',
		saved: event.url.searchParams.has('lagret')
	};
};

export const actions: Actions = {
	score: formAction('score', async (event, values) =>
		submitScores(await ctxOf(event), idParam(event.params.id), values)
	),
	close: formAction('close', async (event) =>
		closeRound(await ctxOf(event), idParam(event.params.id))
	),
	publish: formAction('publish', async (event, values) =>
		publishRound(await ctxOf(event), idParam(event.params.id), values.published === 'true')
	),
	horizon: formAction('horizon', async (event, values) =>
		setHorizonFromRound(
			await ctxOf(event),
			idParam(event.params.id),
			Number(values.actionId) || -1,
			String(values.horizon)
		)
	)
};
