import { error } from '@sveltejs/kit';
import { canViewAudit } from '$lib/server/core/access';
import { listAuditTrail } from '$lib/server/core/audit';
import { changedFields } from '$lib/server/core/audit-diff';
import { getMeeting } from '$lib/server/governance/meetings';
import { ctxOf } from '$lib/server/http/context';
import { idParam, loadOr404 } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!canViewAudit(event.locals.actor)) error(403, 'Ingen tilgang');
	const ctx = await ctxOf(event);
	const detail = await loadOr404(() => getMeeting(ctx, idParam(event.params.id)));
	const trail = await listAuditTrail(ctx, 'meeting', detail.meeting.id);
	return {
		meeting: {
			id: detail.meeting.id,
			startsAt: detail.meeting.startsAt,
			bodyName: detail.bodyName
		},
		events: trail.map((e) => ({
			id: e.id,
			at: e.at,
			actorName: e.actorName,
			kind: e.kind,
			changes: changedFields(e.before, e.after)
		}))
	};
};
