import { error, redirect } from '@sveltejs/kit';
import { formToObject } from '$lib/schemas/common';
import { canManageStatements } from '$lib/server/access';
import { ctxOf } from '$lib/server/http/context';
import { idParam, loadOr404, runFormCommand } from '$lib/server/http/errors';
import { hearingChoices } from '$lib/server/hearings/queries';
import { saveStatementText, updateStatementMeta } from '$lib/server/statements/commands';
import { getStatement } from '$lib/server/statements/queries';
import { SECTION_FIELDS } from '../../sections';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!canManageStatements(event.locals.actor)) error(403, 'Ingen tilgang');
	const detail = await loadOr404(async () =>
		getStatement(await ctxOf(event), idParam(event.params.id))
	);
	return {
		hearings: await hearingChoices(await ctxOf(event)),
		statement: detail.statement,
		latest: {
			number: detail.latest.number,
			sections: detail.latest.sections.map(({ key, heading, body }) => ({ key, heading, body }))
		}
	};
};

export const actions: Actions = {
	meta: async (event) => {
		const values = formToObject(await event.request.formData());
		const id = idParam(event.params.id);
		const failure = await runFormCommand(
			'meta',
			async () => updateStatementMeta(await ctxOf(event), id, Number(values.version), values),
			values
		);
		if (failure) return failure;
		redirect(303, `/arbeidsrom/uttalelser/${id}?lagret=1`);
	},
	save: async (event) => {
		const values = formToObject(await event.request.formData(), SECTION_FIELDS);
		const id = idParam(event.params.id);
		const failure = await runFormCommand(
			'text',
			async () =>
				saveStatementText(await ctxOf(event), id, Number(values.baseNumber), values, {
					correction: values.correction === 'true'
				}),
			values
		);
		if (failure) return failure;
		redirect(303, `/arbeidsrom/uttalelser/${id}?lagret=1`);
	}
};
