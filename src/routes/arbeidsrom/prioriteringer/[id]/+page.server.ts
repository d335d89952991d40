import { formToObject } from '$lib/schemas/common';
import { canScorePriorities, isStaff } from '$lib/server/access';
import { ctxOf } from '$lib/server/http/context';
import { idParam, loadOr404, runFormCommand } from '$lib/server/http/errors';
import {
	closeRound,
	publishRound,
	setHorizonFromRound,
	submitScores
} from '$lib/server/priorities/commands';
import { getOrganisationById } from '$lib/server/partners/queries';
import { getRound } from '$lib/server/priorities/queries';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

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

function command(
	form: string,
	work: (event: RequestEvent, id: number, values: Record<string, unknown>) => Promise<unknown>
) {
	return async (event: RequestEvent) => {
		const values = formToObject(await event.request.formData());
		const id = idParam(event.params.id);
		return (await runFormCommand(form, () => work(event, id, values), values)) ?? { done: form };
	};
}

export const actions: Actions = {
	score: command('score', async (event, id, values) =>
		submitScores(await ctxOf(event), id, values)
	),
	close: command('close', async (event, id) => closeRound(await ctxOf(event), id)),
	publish: command('publish', async (event, id, values) =>
		publishRound(await ctxOf(event), id, values.published === 'true')
	),
	horizon: command('horizon', async (event, id, values) =>
		setHorizonFromRound(
			await ctxOf(event),
			id,
			Number(values.actionId) || -1,
			String(values.horizon)
		)
	)
};
