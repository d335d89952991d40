import { z } from 'zod';
import {
	actionCode,
	checkbox,
	choiceId,
	idList,
	pageOffset,
	rowId,
	rowVersion,
	splitCodes,
	tooLong
} from './common.ts';
import { questionLanguages, questionStatuses } from './values.ts';

/** How many links a question may hold: more is how spam looks. */
export const MAX_QUESTION_LINKS = 2;
const links = (text: string) => (text.match(/https?:\/\/|www\./gi) ?? []).length;

const optionalText = (max: number) =>
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? null : v),
		z.string().trim().max(max, tooLong(max)).nullable().default(null)
	);

/**
 * A question as anyone sends it. The hidden `website` field is a trap that people do not see and
 * robots fill in; `startedAt` is the signed time the form was shown (checked in the domain).
 */
export const questionAskInput = z
	.object({
		text: z
			.string({ error: 'question_error_text' })
			.trim()
			.min(5, { error: 'question_error_text' })
			.max(2_000, tooLong(2_000))
			.refine((t) => links(t) <= MAX_QUESTION_LINKS, { error: 'question_error_links' }),
		language: z.enum(questionLanguages, { error: 'error_choice' }).default('nb'),
		name: optionalText(100),
		email: z.preprocess(
			(v) => (typeof v === 'string' && v.trim() === '' ? null : v),
			z
				.email({ error: 'question_error_email' })
				.trim()
				.toLowerCase()
				.max(200, { error: 'question_error_email' })
				.nullable()
				.default(null)
		),
		consent: checkbox,
		website: z.string().max(500).default(''),
		startedAt: z.string().max(200).default('')
	})
	.refine((q) => q.consent || (q.name === null && q.email === null), {
		path: ['consent'],
		error: 'question_error_consent'
	});

export const questionRejectInput = z.object({
	id: rowId,
	version: rowVersion,
	reason: z
		.string({ error: 'question_error_reason' })
		.trim()
		.min(3, { error: 'question_error_reason' })
		.max(1_000, tooLong(1_000))
});

export const questionDuplicateInput = z.object({
	id: rowId,
	version: rowVersion,
	duplicateOfId: choiceId
});

export const questionRouteInput = z.object({
	id: rowId,
	version: rowVersion,
	organisationId: z.preprocess((v) => (v === '' ? null : v), choiceId.nullable())
});

export const questionDraftInput = z.object({
	id: rowId,
	version: rowVersion,
	answerDraft: z
		.string({ error: 'question_error_answer' })
		.trim()
		.min(3, { error: 'question_error_answer' })
		.max(10_000, tooLong(10_000))
});

/** The question as published (personal data left out), its answer, and where it is shown. */
export const questionPublishInput = z.object({
	id: rowId,
	version: rowVersion,
	publicText: z
		.string({ error: 'question_error_text' })
		.trim()
		.min(5, { error: 'question_error_text' })
		.max(2_000, tooLong(2_000)),
	answer: z
		.string({ error: 'question_error_answer' })
		.trim()
		.min(3, { error: 'question_error_answer' })
		.max(10_000, tooLong(10_000)),
	actionCodes: z.preprocess(splitCodes, z.array(actionCode).max(50)),
	matterIds: idList
});

export const questionFilter = z.object({
	status: z.enum(questionStatuses).optional().catch(undefined),
	offset: pageOffset
});

/** The administrator's search for one person's data, by e-mail address. */
export const personDataInput = z.object({
	email: z.email({ error: 'question_error_email' }).trim().toLowerCase().max(200)
});
