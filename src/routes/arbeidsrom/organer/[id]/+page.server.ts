import { listOrganisations } from '$lib/server/partners/queries';
import {
	addMember,
	endMembership,
	getBodyForEditing,
	memberAccountChoices,
	updateBody
} from '$lib/server/governance/bodies';
import { ctxOf } from '$lib/server/http/context';
import { formAction, idParam, loadOr404 } from '$lib/server/http/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const detail = await loadOr404(() => getBodyForEditing(ctx, idParam(event.params.id)));
	const organisations = (await listOrganisations(ctx)).map((o) => ({ value: o.id, label: o.name }));
	return {
		detail,
		organisations,
		accounts: await memberAccountChoices(ctx),
		saved: event.url.searchParams.has('lagret')
	};
};

export const actions: Actions = {
	save: formAction('save', async (event, values) =>
		updateBody(await ctxOf(event), idParam(event.params.id), Number(values.version), values)
	),
	member: formAction('member', async (event, values) =>
		addMember(await ctxOf(event), idParam(event.params.id), values)
	),
	end: formAction('end', async (event, values) =>
		endMembership(
			await ctxOf(event),
			idParam(event.params.id),
			Number(values.memberId) || -1,
			values
		)
	)
};
