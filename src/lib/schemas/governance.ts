import { z } from 'zod';
import { isoDate, optionalDate, checkbox } from './common.ts';
import { bodyKinds, memberRoles } from './values.ts';

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
			(v) => (v === '' || v === undefined ? null : v),
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
