import { z } from 'zod';
import {
	actionCode,
	emptyToNull,
	idList,
	isoDate,
	optionalDate,
	pageOffset,
	rowId,
	rowVersion,
	splitCodes,
	tooLong,
	optionalFile,
	choiceId,
	checkbox
} from './common.ts';
import { referenceLines } from './references.ts';
import { commitmentReferenceKinds, commitmentSources, commitmentStatuses } from './values.ts';

const webUrl = z.preprocess(
	emptyToNull,
	z
		.url({ protocol: /^https?$/, error: 'error_url' })
		.max(1_000, tooLong(1_000))
		.nullable()
);

export const commitmentInput = z
	.object({
		actorId: choiceId,
		promise: z
			.string({ error: 'error_required' })
			.trim()
			.min(3, { error: 'error_required' })
			.max(500, tooLong(500)),
		sourceKind: z.enum(commitmentSources, { error: 'error_choice' }),
		sourceTitle: z.string().trim().max(300, tooLong(300)).default(''),
		sourceUrl: webUrl,
		sourceOn: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
		dueFrom: optionalDate,
		dueOn: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
		isPublic: checkbox,
		/** Action point codes, as typed: "HA16, HA27". */
		actionCodes: z.preprocess(splitCodes, z.array(actionCode).max(100)),
		statementIds: idList,
		themeIds: idList,
		/** Cases, engagements and inquiries, by the addresses of their pages, one per line. */
		references: referenceLines(commitmentReferenceKinds),
		/** The current matters it belongs to (kept as the matters' links). */
		matterIds: idList
	})
	.refine((c) => !c.dueFrom || c.dueFrom <= c.dueOn, {
		path: ['dueFrom'],
		error: 'commitment_error_period'
	});
export type CommitmentInput = z.infer<typeof commitmentInput>;

/** The source document of a new commitment, if one is uploaded. */
export const commitmentSourceFile = z.object({ file: optionalFile });

/** A change of status with its evidence: a text, a link or a document, at least one. */
export const commitmentEntryInput = z
	.object({
		id: rowId,
		version: rowVersion,
		status: z.enum(commitmentStatuses, { error: 'error_choice' }),
		on: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
		newDueOn: optionalDate,
		evidence: z.string().trim().max(2_000, tooLong(2_000)).default(''),
		evidenceUrl: webUrl,
		file: optionalFile
	})
	.refine((e) => e.status !== 'delayed' || e.newDueOn !== null, {
		path: ['newDueOn'],
		error: 'commitment_error_new_date'
	})
	.refine((e) => !e.newDueOn || e.newDueOn > e.on, {
		path: ['newDueOn'],
		error: 'commitment_error_new_date_order'
	})
	.refine((e) => e.evidence !== '' || e.evidenceUrl !== null || e.file !== undefined, {
		path: ['evidence'],
		error: 'commitment_error_evidence'
	});

/** The filters of a commitment list, from the URL; an unknown value means "all". */
export const commitmentFilter = z.object({
	aktor: rowId.optional().catch(undefined),
	status: z.enum(commitmentStatuses).optional().catch(undefined),
	tema: rowId.optional().catch(undefined),
	sak: rowId.optional().catch(undefined),
	offset: pageOffset
});

export const commitmentDocumentRef = z.object({ id: rowId, documentId: rowId });

/** The open API's query of commitments: unknown parameters are refused, not ignored. */
export const commitmentQuery = z
	.object({
		actor: rowId.optional(),
		status: z.enum(commitmentStatuses, { error: 'error_choice' }).optional(),
		theme: rowId.optional(),
		matter: rowId.optional(),
		limit: z.coerce.number().int().min(1).max(500).default(100),
		offset: pageOffset
	})
	.strict();
