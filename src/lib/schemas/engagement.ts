import { z } from 'zod';
import {
	actionCode,
	checkbox,
	choiceId,
	emptyToNull,
	idList,
	isoDate,
	optionalDate,
	pageOffset,
	rowId,
	splitCodes,
	splitLines,
	tooLong
} from './common.ts';
import { inquiryChannels, inquiryKinds, inquiryOutcomes, inquiryStatuses } from './values.ts';

const requiredDate = z.preprocess((v) => (v === undefined ? '' : v), isoDate);
const actionCodes = z.preprocess(splitCodes, z.array(actionCode).max(100));
const optionalChoice = z.preprocess(emptyToNull, choiceId.nullable());

export const inquiryInput = z
	.object({
		fromOrganisationId: optionalChoice,
		/** A person's role, never a name: "Forsker ved NTNU", "Innbygger". */
		fromRole: z.string().trim().max(200, tooLong(200)).default(''),
		kind: z.enum(inquiryKinds, { error: 'error_choice' }),
		channel: z.enum(inquiryChannels, { error: 'error_choice' }),
		receivedOn: requiredDate,
		topic: z
			.string({ error: 'error_required' })
			.trim()
			.min(3, { error: 'error_required' })
			.max(500, tooLong(500)),
		handlerId: z.preprocess(emptyToNull, z.string().max(100).nullable()),
		status: z.enum(inquiryStatuses, { error: 'error_choice' }),
		answeredOn: optionalDate,
		outcome: z.preprocess(
			emptyToNull,
			z.enum(inquiryOutcomes, { error: 'error_choice' }).nullable()
		),
		actionCodes
	})
	.refine((i) => i.fromOrganisationId !== null || i.fromRole !== '', {
		path: ['fromRole'],
		error: 'inquiry_error_from'
	})
	.refine((i) => !i.answeredOn || i.answeredOn >= i.receivedOn, {
		path: ['answeredOn'],
		error: 'inquiry_error_answered_order'
	})
	.refine((i) => i.status !== 'answered' || i.answeredOn !== null, {
		path: ['answeredOn'],
		error: 'inquiry_error_answered_missing'
	});
export type InquiryInput = z.infer<typeof inquiryInput>;

/** Our participants by role, one per line. */
const roleLines = z.preprocess(splitLines, z.array(z.string().max(200, tooLong(200))).max(50));

export const engagementInput = z.object({
	heldOn: requiredDate,
	topic: z
		.string({ error: 'error_required' })
		.trim()
		.min(3, { error: 'error_required' })
		.max(300, tooLong(300)),
	actorIds: idList.refine((ids) => ids.length > 0, { error: 'engagement_error_actors' }),
	participants: roleLines,
	summary: z.string().trim().max(10_000, tooLong(10_000)).default(''),
	summaryIsPublic: checkbox,
	inquiryId: z.preprocess(emptyToNull, rowId.nullable()),
	actionCodes
});
export type EngagementInput = z.infer<typeof engagementInput>;

/** A next step agreed in an engagement: a follow-up with a holder and a due date. */
export const nextStepInput = z.object({
	id: rowId,
	task: z
		.string({ error: 'error_required' })
		.trim()
		.min(3, { error: 'error_required' })
		.max(1_000, tooLong(1_000)),
	organisationId: optionalChoice,
	personName: z.string().trim().max(200, tooLong(200)).default(''),
	dueDate: requiredDate
});

export const inquiryFilter = z.object({
	status: z.enum(inquiryStatuses).optional().catch(undefined),
	offset: pageOffset
});
export const engagementFilter = z.object({ offset: pageOffset });
