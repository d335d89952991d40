import { canViewAudit, isStaff } from '$lib/server/core/access';
import { addCaseAttachment, setCaseLinks } from '$lib/server/governance/case-material';
import { addCase, getMeeting, publishAgenda } from '$lib/server/governance/meetings';
import {
	addFollowUp,
	approveMinutes,
	recordAttendance,
	recordDecision
} from '$lib/server/governance/minutes';
import { hearingChoices } from '$lib/server/hearings/queries';
import { ctxOf } from '$lib/server/http/context';
import { formAction, idParam, loadOr404, runFormCommand } from '$lib/server/http/errors';
import { listOrganisations } from '$lib/server/partners/queries';
import { createStatusReport, hasStatusReport } from '$lib/server/reports/reports';
import { statementChoices } from '$lib/server/statements/queries';
import { formToObject } from '$lib/schemas/common';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const id = idParam(event.params.id);
	const detail = await loadOr404(() => getMeeting(ctx, id));
	const staff = isStaff(event.locals.actor);
	return {
		detail,
		staff,
		canViewAudit: canViewAudit(event.locals.actor),
		hasReport: await hasStatusReport(ctx.db, id),
		organisations: staff
			? (await listOrganisations(ctx)).map((o) => ({ value: o.id, label: o.name }))
			: [],
		hearings: staff ? await hearingChoices(ctx) : [],
		statements: staff ? await statementChoices(ctx) : [],
		saved: event.url.searchParams.has('lagret')
	};
};

const caseIdOf = (values: Record<string, unknown>) => Number(values.caseId) || -1;

export const actions: Actions = {
	case: formAction('case', async (event, values) =>
		addCase(await ctxOf(event), idParam(event.params.id), values)
	),
	publish: formAction('publish', async (event, values) =>
		publishAgenda(await ctxOf(event), idParam(event.params.id), Number(values.version))
	),
	links: formAction('links', async (event, values) =>
		setCaseLinks(await ctxOf(event), caseIdOf(values), values)
	),
	attachment: async (event) => {
		const form = await event.request.formData();
		const file = form.get('file');
		const values = formToObject(form);
		delete values.file;
		return (
			(await runFormCommand(
				'attachment',
				async () => {
					const upload = file instanceof File ? file : new File([], '');
					await addCaseAttachment(
						await ctxOf(event),
						caseIdOf(values),
						{ name: upload.name, content: new Uint8Array(await upload.arrayBuffer()) },
						values
					);
				},
				values
			)) ?? { done: 'attachment' }
		);
	},
	attendance: formAction('attendance', async (event, values) =>
		recordAttendance(await ctxOf(event), idParam(event.params.id), values)
	),
	decision: formAction('decision', async (event, values) =>
		recordDecision(await ctxOf(event), caseIdOf(values), values)
	),
	followUp: formAction('followUp', async (event, values) =>
		addFollowUp(await ctxOf(event), caseIdOf(values), values)
	),
	approve: formAction('approve', async (event, values) =>
		approveMinutes(await ctxOf(event), idParam(event.params.id), values)
	),
	report: formAction('report', async (event) =>
		createStatusReport(await ctxOf(event), idParam(event.params.id))
	)
};
