import { z } from 'zod';
import { checkbox, emptyToNull, isoDate, optionalDate } from './common.ts';
import { bodyKinds, caseTypes, memberRoles } from './values.ts';

export const bodyInput = z.object({
	name: z
		.string({ error: 'error_required' })
		.trim()
		.min(2, { error: 'error_required' })
		.max(200, { error: 'error_too_long' }),
	kind: z.enum(bodyKinds, { error: 'error_choice' }),
	description: z.string().trim().max(5_000, { error: 'error_too_long' }).default(''),
	isPublic: checkbox
});

export const memberInput = z
	.object({
		personName: z
			.string({ error: 'error_required' })
			.trim()
			.min(2, { error: 'error_required' })
			.max(200, { error: 'error_too_long' }),
		organisationId: z.preprocess(
			emptyToNull,
			z.coerce.number().int().positive({ error: 'error_choice' }).nullable()
		),
		role: z.enum(memberRoles, { error: 'error_choice' }),
		fromDate: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
		toDate: optionalDate
	})
	.refine((m) => !m.toDate || m.toDate >= m.fromDate, {
		path: ['toDate'],
		error: 'member_error_to_before_from'
	});

export const endMembershipInput = z.object({
	toDate: z.preprocess((v) => (v === undefined ? '' : v), isoDate)
});

export const meetingInput = z.object({
	bodyId: z.coerce.number({ error: 'error_choice' }).int().positive({ error: 'error_choice' }),
	date: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
	time: z
		.string({ error: 'meeting_error_time' })
		.trim()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'meeting_error_time' }),
	place: z.string().trim().max(300, { error: 'error_too_long' }).default(''),
	videoUrl: z.preprocess(emptyToNull, z.url({ protocol: /^https$/, error: 'error_url' }).nullable())
});

export const caseInput = z
	.object({
		title: z
			.string({ error: 'error_required' })
			.trim()
			.min(3, { error: 'error_required' })
			.max(300, { error: 'error_too_long' }),
		type: z.enum(caseTypes, { error: 'error_choice' }),
		memo: z.string().trim().max(50_000, { error: 'error_too_long' }).default(''),
		proposedDecision: z.string().trim().max(10_000, { error: 'error_too_long' }).default(''),
		exempt: checkbox,
		exemptBasis: z.string().trim().max(200, { error: 'error_too_long' }).default('')
	})
	.refine((c) => !c.exempt || c.exemptBasis.length > 0, {
		path: ['exemptBasis'],
		error: 'case_error_exempt_basis'
	});
