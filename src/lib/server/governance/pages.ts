// What each governance page shows, composed from the governance domain and its neighbours.
import { allow, canManageGovernance, canViewAudit } from '../core/access.ts';
import { listAuditTrail } from '../core/audit.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { caseRef } from '../../schemas/governance.ts';
import { hearingChoices } from '../hearings/queries.ts';
import { listOrganisations } from '../partners/queries.ts';
import { hasStatusReport } from '../reports/reports.ts';
import { statementChoices } from '../statements/queries.ts';
import { listBodies } from './bodies.ts';
import { getMeeting } from './meetings.ts';
import { getPublicMeeting } from './public.ts';

/** A meeting's workspace page: everything the reader may see, and the secretariat's choices. */
export async function getMeetingPage(ctx: Ctx, input: unknown) {
	const detail = await getMeeting(ctx, input);
	const staff = canManageGovernance(ctx.actor);
	const agendaOpen = ['planned', 'agenda_published'].includes(detail.meeting.status);
	return {
		detail,
		staff,
		canViewAudit: canViewAudit(ctx.actor),
		hasReport: await hasStatusReport(ctx.db, detail.meeting.id),
		organisations: staff
			? (await listOrganisations(ctx)).map((o) => ({ value: o.id, label: o.name }))
			: [],
		// The new case's form, shown while the agenda is open, links a hearing and a statement.
		hearings: staff && agendaOpen ? await hearingChoices(ctx) : [],
		statements: staff && agendaOpen ? await statementChoices(ctx) : []
	};
}

/**
 * The form that links one case of a meeting to action points, a hearing and a statement. It is a
 * page of its own: the hearings and statements to choose from are long lists, which the meeting
 * page would otherwise carry once per case.
 */
export async function getCaseLinksPage(ctx: Ctx, input: unknown) {
	allow(ctx, canManageGovernance);
	const { caseId } = parseInput(caseRef, input);
	const detail = await getMeeting(ctx, input);
	const found = detail.cases.find((c) => c.id === caseId);
	if (!found) throw new NotFoundError('case');
	return {
		meeting: {
			id: detail.meeting.id,
			startsAt: detail.meeting.startsAt,
			bodyName: detail.bodyName
		},
		case: {
			id: found.id,
			caseNumber: found.caseNumber,
			title: found.title,
			links: found.links
		},
		hearings: await hearingChoices(ctx),
		statements: await statementChoices(ctx)
	};
}

/** A published meeting's public page. */
export async function getPublicMeetingPage(ctx: Ctx, input: unknown) {
	const meeting = await getPublicMeeting(ctx, input);
	return { meeting, hasReport: await hasStatusReport(ctx.db, meeting.meeting.id) };
}

/** A meeting's change log, for those who may read the audit trail. */
export async function getMeetingAudit(ctx: Ctx, input: unknown) {
	allow(ctx, canViewAudit);
	const detail = await getMeeting(ctx, input);
	return {
		meeting: {
			id: detail.meeting.id,
			startsAt: detail.meeting.startsAt,
			bodyName: detail.bodyName
		},
		events: await listAuditTrail(ctx, 'meeting', detail.meeting.id)
	};
}

/** The form for a new meeting: the bodies to choose from. */
export async function newMeetingForm(ctx: Ctx) {
	allow(ctx, canManageGovernance);
	const bodies = await listBodies(ctx);
	return { bodies: bodies.map((b) => ({ value: b.id, label: b.name })) };
}
