import { error } from '@sveltejs/kit';
import { formToObject } from '$lib/schemas/common';
import { canEditAction, canViewAudit } from '$lib/server/access';
import {
	addMilestone,
	recordProgress,
	updateAction,
	updateMilestone
} from '$lib/server/actions/commands';
import { getActionByCode, listThemes, partiesOf } from '$lib/server/actions/queries';
import { ctxOf } from '$lib/server/http/context';
import { loadOr404, runCommand } from '$lib/server/http/errors';
import { listOrganisations } from '$lib/server/partners/queries';
import { getStrategy } from '$lib/server/strategy/queries';
import { newSubmissionToken } from '$lib/server/submissions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const detail = await loadOr404(() => getActionByCode(ctx, event.params.code));
	const allowed = canEditAction(ctx.actor, partiesOf(detail));
	if (!allowed) error(403, 'Ingen tilgang');
	const [themes, organisations, strategy] = await Promise.all([
		listThemes(ctx),
		listOrganisations(ctx),
		getStrategy(ctx)
	]);
	return {
		...detail,
		themes,
		organisations,
		goalOptions: strategy.goals,
		// A fresh one for every rendering of the form: a repeated post of one is saved once.
		progressToken: newSubmissionToken(),
		canViewAudit: canViewAudit(ctx.actor)
	};
};

const arrays = ['participantIds', 'goalIds'];

export const actions: Actions = {
	save: async (event) => {
		const values = formToObject(await event.request.formData(), arrays);
		return (
			(await runCommand(
				async () => updateAction(await ctxOf(event), event.params.code, values),
				values
			)) ?? { saved: 'action' }
		);
	},
	progress: async (event) => {
		const values = formToObject(await event.request.formData());
		return (
			(await runCommand(
				async () => recordProgress(await ctxOf(event), event.params.code, values),
				values
			)) ?? { saved: 'progress' }
		);
	},
	addMilestone: async (event) => {
		const values = formToObject(await event.request.formData());
		return (
			(await runCommand(
				async () => addMilestone(await ctxOf(event), event.params.code, values),
				values
			)) ?? { saved: 'milestone' }
		);
	},
	updateMilestone: async (event) => {
		const values = formToObject(await event.request.formData());
		const id = Number(values.milestoneId);
		return (
			(await runCommand(
				async () => updateMilestone(await ctxOf(event), event.params.code, id, values),
				values
			)) ?? { saved: 'milestone' }
		);
	}
};
