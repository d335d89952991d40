import { canEditAction } from '$lib/server/access';
import { getActionByCode, partiesOf } from '$lib/server/actions/queries';
import { ctxOf } from '$lib/server/http/context';
import { loadOr404 } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const detail = await loadOr404(() => getActionByCode(ctx, event.params.code));
	const canEdit = canEditAction(ctx.actor, partiesOf(detail));
	return { ...detail, canEdit };
};
