import { addCaseAttachment, setCaseLinks } from '$lib/server/governance/case-material';
import { addCase, publishAgenda } from '$lib/server/governance/meetings';
import {
	addFollowUp,
	approveMinutes,
	recordAttendance,
	recordDecision
} from '$lib/server/governance/minutes';
import { getMeetingPage } from '$lib/server/governance/pages';
import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { createStatusReport } from '$lib/server/reports/reports';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(async (ctx, { params, url }) => ({
	...(await getMeetingPage(ctx, params)),
	saved: url.searchParams.get('lagret') === '1'
}));

export const actions: Actions = {
	case: action('case', (ctx, input, { params }) => addCase(ctx, { ...input, ...params })),
	publish: action('publish', (ctx, input, { params }) =>
		publishAgenda(ctx, { ...input, ...params })
	),
	links: action('links', (ctx, input) => setCaseLinks(ctx, input)),
	attachment: action('attachment', (ctx, input) => addCaseAttachment(ctx, input)),
	attendance: action('attendance', (ctx, input, { params }) =>
		recordAttendance(ctx, { ...input, ...params })
	),
	decision: action('decision', (ctx, input) => recordDecision(ctx, input)),
	followUp: action('followUp', (ctx, input) => addFollowUp(ctx, input)),
	approve: action('approve', (ctx, input, { params }) =>
		approveMinutes(ctx, { ...input, ...params })
	),
	report: action('report', (ctx, _input, { params }) => createStatusReport(ctx, params))
};
