import { formToObject } from '$lib/schemas/common';
import { canCommentOnStatement, isStaff } from '$lib/server/access';
import { ctxOf } from '$lib/server/http/context';
import { idParam, loadOr404, runFormCommand } from '$lib/server/http/errors';
import {
	addComment,
	decideComment,
	freezeStatement,
	openInputRound,
	recordPosition,
	recordSending
} from '$lib/server/statements/commands';
import { getStatement } from '$lib/server/statements/queries';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const detail = await loadOr404(() => getStatement(ctx, idParam(event.params.id)));
	const actor = event.locals.actor!;
	const staff = isStaff(actor);
	return {
		detail,
		staff,
		canComment: canCommentOnStatement(actor),
		// The organisations this user may record a position for.
		positionChoices: detail.positions
			.map((p) => p.organisation)
			.filter((org) => staff || org.id === actor.organisationId)
			.map((org) => ({ value: org.id, label: org.name })),
		saved: event.url.searchParams.has('lagret')
	};
};

/** Runs one of the page's commands with the posted form; a success says which form it was. */
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
	comment: command('comment', async (event, id, values) =>
		addComment(await ctxOf(event), id, values)
	),
	decide: command('decide', async (event, id, values) =>
		decideComment(await ctxOf(event), id, Number(values.inputId) || -1, values)
	),
	position: command('position', async (event, id, values) =>
		recordPosition(await ctxOf(event), id, values)
	),
	openInput: command('openInput', async (event, id, values) =>
		openInputRound(await ctxOf(event), id, values)
	),
	freeze: command('freeze', async (event, id, values) =>
		freezeStatement(await ctxOf(event), id, Number(values.version))
	),
	send: command('send', async (event, id, values) => recordSending(await ctxOf(event), id, values))
};
