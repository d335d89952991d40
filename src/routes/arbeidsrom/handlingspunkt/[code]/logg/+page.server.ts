import { error } from '@sveltejs/kit';
import { canViewAudit } from '$lib/server/access';
import { getActionByCode } from '$lib/server/actions/queries';
import { listAuditTrail } from '$lib/server/audit';
import { changedFields } from '$lib/server/audit-diff';
import { ctxOf } from '$lib/server/http/context';
import { loadOr404 } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!canViewAudit(event.locals.actor)) error(403, 'Ingen tilgang');
	const ctx = await ctxOf(event);
	const detail = await loadOr404(() => getActionByCode(ctx, event.params.code));
	const trail = await listAuditTrail(ctx, 'action', detail.action.code);
	return {
		action: { code: detail.action.code, title: detail.action.title },
		events: trail.map((e) => ({
			id: e.id,
			at: e.at,
			actorName: e.actorName,
			kind: e.kind,
			changes: changedFields(e.before, e.after)
		}))
	};
};
