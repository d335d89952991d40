import { isStaff } from '$lib/server/access';
import { addCase, getMeeting, publishAgenda } from '$lib/server/governance/meetings';
import { ctxOf } from '$lib/server/http/context';
import { formAction, idParam, loadOr404 } from '$lib/server/http/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	return {
		detail: await loadOr404(() => getMeeting(ctx, idParam(event.params.id))),
		staff: isStaff(event.locals.actor),
		saved: event.url.searchParams.has('lagret')
	};
};

export const actions: Actions = {
	case: formAction('case', async (event, values) =>
		addCase(await ctxOf(event), idParam(event.params.id), values)
	),
	publish: formAction('publish', async (event, values) =>
		publishAgenda(await ctxOf(event), idParam(event.params.id), Number(values.version))
	)
};
