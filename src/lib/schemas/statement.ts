import { z } from 'zod';
import {
	tooLong,
	asList,
	choiceId,
	emptyToNull,
	isoDate,
	optionalDate,
	rowId,
	rowVersion
} from './common.ts';
import { inputDecisions, positions } from './values.ts';

const requiredText = (max: number) =>
	z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.max(max, tooLong(max));

export const statementMetaInput = z.object({
	title: requiredText(300),
	recipient: z.string().trim().max(300, tooLong(300)).default(''),
	hearingId: z.preprocess(emptyToNull, choiceId.nullable())
});

/**
 * The text as the form sends it: parallel lists of section keys, headings and bodies. A section
 * with neither heading nor body is dropped; a new one gets a key.
 */
export const statementTextInput = z
	.object({
		sectionKey: z.preprocess(asList, z.array(z.string().max(40)).max(200)),
		sectionHeading: z.preprocess(asList, z.array(z.string().max(300, tooLong(300))).max(200)),
		sectionBody: z.preprocess(asList, z.array(z.string().max(20_000, tooLong(20_000))).max(200)),
		reason: z.string().trim().max(1_000, tooLong(1_000)).default('')
	})
	.transform((raw, ctx) => {
		const sections = raw.sectionBody
			.map((body, i) => ({
				key: /^[a-z0-9-]{4,40}$/.test(raw.sectionKey[i] ?? '') ? raw.sectionKey[i] : '',
				heading: (raw.sectionHeading[i] ?? '').trim(),
				body: body.replace(/\r\n/g, '\n').trim()
			}))
			.filter((s) => s.heading || s.body);
		if (!sections.length)
			ctx.addIssue({ code: 'custom', path: ['sectionBody'], message: 'statement_error_no_text' });
		return { sections, reason: raw.reason };
	});

export const commentInput = z.object({
	sectionKey: z.string({ error: 'error_choice' }).min(1, { error: 'error_choice' }).max(40),
	text: z
		.string({ error: 'error_required' })
		.trim()
		.min(2, { error: 'error_required' })
		.max(5_000, tooLong(5_000))
});

export const decisionInput = z.object({
	decision: z.enum(inputDecisions, { error: 'error_choice' }),
	reason: requiredText(1_000)
});

export const positionInput = z
	.object({
		organisationId: choiceId,
		position: z.enum(positions, { error: 'error_choice' }),
		reservation: z.string().trim().max(5_000, tooLong(5_000)).default(''),
		decidedBy: z.string().trim().max(200, tooLong(200)).default(''),
		decidedOn: optionalDate,
		caseNumber: z.string().trim().max(60, tooLong(60)).default('')
	})
	.superRefine((p, ctx) => {
		if (p.position === 'reservation' && !p.reservation)
			ctx.addIssue({
				code: 'custom',
				path: ['reservation'],
				message: 'position_error_reservation'
			});
		if (p.position === 'undecided') return;
		if (!p.decidedBy)
			ctx.addIssue({ code: 'custom', path: ['decidedBy'], message: 'error_required' });
		if (!p.decidedOn)
			ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'error_required' });
		if (!p.caseNumber)
			ctx.addIssue({ code: 'custom', path: ['caseNumber'], message: 'error_required' });
	});

export const inputRoundInput = z.object({
	inputDeadline: z.preprocess((v) => (v === undefined ? '' : v), isoDate)
});

export const sendingInput = z.object({
	sentOn: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
	sentTo: requiredText(300)
});

/** Which statement a form is about, and which version of its text it started from. */
export const textBase = z.object({
	id: rowId,
	baseNumber: rowVersion,
	correction: z.preprocess((v) => v === 'true' || v === true, z.boolean())
});
export const commentDecisionRef = z.object({ id: rowId, inputId: rowId });
/** The versions to compare (`fra`, `til`); out of range means the latest and the one before. */
export const versionPair = z.object({
	id: rowId,
	fra: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
	til: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined)
});
