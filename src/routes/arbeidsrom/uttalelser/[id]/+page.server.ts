import { canCommentOnStatement, isStaff } from '$lib/server/access';
import { ctxOf } from '$lib/server/http/context';
import { idParam, loadOr404, formAction } from '$lib/server/http/errors';
import {
	addComment,
	decideComment,
	freezeStatement,
	openInputRound,
	recordPosition,
	recordSending
} from '$lib/server/statements/commands';
import { getStatement } from '$lib/server/statements/queries';
import type { Actions, PageServerLoad } from './$types';

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

export const actions: Actions = {
	comment: formAction('comment', async (event, values) =>
		addComment(await ctxOf(event), idParam(event.params.id), values)
	),
	decide: formAction('decide', async (event, values) =>
		decideComment(
			await ctxOf(event),
			idParam(event.params.id),
			Number(values.inputId) || -1,
			values
		)
	),
	position: formAction('position', async (event, values) =>
		recordPosition(await ctxOf(event), idParam(event.params.id), values)
	),
	openInput: formAction('openInput', async (event, values) =>
		openInputRound(await ctxOf(event), idParam(event.params.id), values)
	),
	freeze: formAction('freeze', async (event, values) =>
		freezeStatement(await ctxOf(event), idParam(event.params.id), Number(values.version))
	),
	send: formAction('send', async (event, values) =>
		recordSending(await ctxOf(event), idParam(event.params.id), values)
	)
};
