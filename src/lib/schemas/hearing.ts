import { z } from 'zod';
import {
	tooLong,
	actionCode,
	emptyToNull,
	idList,
	isoDate,
	optionalDate,
	rowId,
	splitCodes,
	uploadedFile
} from './common.ts';
import { hearingStatuses } from './values.ts';

export const hearingInput = z
	.object({
		title: z
			.string({ error: 'error_required' })
			.trim()
			.min(3, { error: 'error_required' })
			.max(300, tooLong(300)),
		issuerId: z.coerce
			.number({ error: 'error_choice' })
			.int({ error: 'error_choice' })
			.positive({ error: 'error_choice' }),
		referenceUrl: z.preprocess(
			emptyToNull,
			z
				.url({ protocol: /^https?$/, error: 'error_url' })
				.max(1_000)
				.nullable()
		),
		receivedOn: optionalDate,
		publicDeadline: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
		internalDeadline: optionalDate,
		responsibleUserId: z.preprocess(emptyToNull, z.string().max(100).nullable()),
		status: z.enum(hearingStatuses, { error: 'error_choice' }),
		description: z.string().trim().max(10_000, tooLong(10_000)).default(''),
		themeIds: idList,
		/** Action point codes, as typed: "HA16, HA27". */
		actionCodes: z.preprocess(splitCodes, z.array(actionCode).max(100))
	})
	.refine((h) => !h.internalDeadline || h.internalDeadline <= h.publicDeadline, {
		path: ['internalDeadline'],
		error: 'hearing_error_internal_after_public'
	})
	.refine((h) => !h.receivedOn || h.receivedOn <= h.publicDeadline, {
		path: ['receivedOn'],
		error: 'hearing_error_received_after_deadline'
	});
export type HearingInput = z.infer<typeof hearingInput>;

/** A document of a hearing, in the route `[id]/dokument/[documentId]` or a removal form. */
export const hearingDocumentRef = z.object({ id: rowId, documentId: rowId });
export const hearingUpload = z.object({ id: rowId, file: uploadedFile('document_error_empty') });
