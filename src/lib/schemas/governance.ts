import { z } from 'zod';
import {
	tooLong,
	actionCode,
	checkbox,
	choiceId,
	emptyToNull,
	idList,
	isoDate,
	optionalDate,
	rowId,
	rowVersion,
	splitCodes,
	uploadedFile
} from './common.ts';
import { bodyKinds, caseTypes, memberRoles } from './values.ts';

export const bodyInput = z.object({
	name: z
		.string({ error: 'error_required' })
		.trim()
		.min(2, { error: 'error_required' })
		.max(200, tooLong(200)),
	kind: z.enum(bodyKinds, { error: 'error_choice' }),
	description: z.string().trim().max(5_000, tooLong(5_000)).default(''),
	isPublic: checkbox
});

export const memberInput = z
	.object({
		personName: z
			.string({ error: 'error_required' })
			.trim()
			.min(2, { error: 'error_required' })
			.max(200, tooLong(200)),
		organisationId: z.preprocess(emptyToNull, choiceId.nullable()),
		role: z.enum(memberRoles, { error: 'error_choice' }),
		userId: z.preprocess(emptyToNull, z.string().max(100, { error: 'error_choice' }).nullable()),
		fromDate: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
		toDate: optionalDate
	})
	.refine((m) => !m.toDate || m.toDate >= m.fromDate, {
		path: ['toDate'],
		error: 'member_error_to_before_from'
	});

export const endMembershipInput = z.object({
	id: rowId,
	memberId: rowId,
	toDate: z.preprocess((v) => (v === undefined ? '' : v), isoDate)
});

export const meetingInput = z.object({
	bodyId: choiceId,
	date: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
	time: z
		.string({ error: 'meeting_error_time' })
		.trim()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'meeting_error_time' }),
	place: z.string().trim().max(300, tooLong(300)).default(''),
	videoUrl: z.preprocess(emptyToNull, z.url({ protocol: /^https$/, error: 'error_url' }).nullable())
});

export const caseInput = z
	.object({
		title: z
			.string({ error: 'error_required' })
			.trim()
			.min(3, { error: 'error_required' })
			.max(300, tooLong(300)),
		type: z.enum(caseTypes, { error: 'error_choice' }),
		memo: z.string().trim().max(50_000, tooLong(50_000)).default(''),
		proposedDecision: z.string().trim().max(10_000, tooLong(10_000)).default(''),
		exempt: checkbox,
		exemptBasis: z.string().trim().max(200, tooLong(200)).default('')
	})
	.refine((c) => !c.exempt || c.exemptBasis.length > 0, {
		path: ['exemptBasis'],
		error: 'case_error_exempt_basis'
	});

/** Why approved minutes are changed: required for every correction, shown with the new version. */
export const correctionReason = z.string().trim().max(500, tooLong(500)).default('');

const optionalCount = z.preprocess(
	emptyToNull,
	z.coerce
		.number({ error: 'minutes_error_votes' })
		.int({ error: 'minutes_error_votes' })
		.min(0, { error: 'minutes_error_votes' })
		.max(1000, { error: 'minutes_error_votes' })
		.nullable()
);

export const decisionInput = z.object({
	decision: z
		.string({ error: 'error_required' })
		.trim()
		.min(2, { error: 'error_required' })
		.max(10_000, tooLong(10_000)),
	votesFor: optionalCount,
	votesAgainst: optionalCount,
	votesAbstain: optionalCount,
	voteNote: z.string().trim().max(500, tooLong(500)).default(''),
	reason: correctionReason
});

export const followUpInput = z
	.object({
		task: z
			.string({ error: 'error_required' })
			.trim()
			.min(3, { error: 'error_required' })
			.max(1_000, tooLong(1_000)),
		organisationId: z.preprocess(emptyToNull, choiceId.nullable()),
		personName: z.string().trim().max(200, tooLong(200)).default(''),
		dueDate: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
		reason: correctionReason
	})
	.refine((f) => f.organisationId !== null || f.personName.length > 0, {
		path: ['organisationId'],
		error: 'follow_up_error_holder'
	});

export const completeFollowUpInput = z.object({
	result: z
		.string({ error: 'error_required' })
		.trim()
		.min(3, { error: 'error_required' })
		.max(1_000, tooLong(1_000)),
	followUpId: rowId,
	version: rowVersion
});

export const approveMinutesInput = z.object({
	id: rowId,
	approvedOn: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
	version: rowVersion
});

export const caseLinksInput = z.object({
	actionCodes: z.preprocess(splitCodes, z.array(actionCode).max(100)),
	hearingIds: idList,
	statementIds: idList
});

export const attachmentInput = z
	.object({
		caseId: rowId,
		file: uploadedFile('document_error_empty'),
		exempt: checkbox,
		exemptBasis: z.string().trim().max(200, tooLong(200)).default('')
	})
	.refine((c) => !c.exempt || c.exemptBasis.length > 0, {
		path: ['exemptBasis'],
		error: 'case_error_exempt_basis'
	});

/** A case of a meeting, named by the form's hidden `caseId`. */
export const caseRef = z.object({ caseId: rowId });
/** A meeting's attachment, in the route `[id]/vedlegg/[attachmentId]`. */
export const attachmentRef = z.object({ id: rowId, attachmentId: rowId });
/** The follow-up list: open ones, or the finished ones (`vis=ferdige`). */
export const followUpQuery = z.object({
	vis: z.string().optional().catch(undefined),
	offset: z.coerce.number().int().min(0).max(1_000_000).catch(0).default(0)
});
