import { z } from 'zod';
import { tooLong, choiceId } from './common.ts';
import { roles } from './values.ts';

export const email = z
	.string({ error: 'error_required' })
	.trim()
	.toLowerCase()
	.pipe(z.email({ error: 'error_email' }));

export const password = z
	.string({ error: 'error_required' })
	.min(10, { error: 'error_password_short' })
	.max(200, tooLong(200));

export const inviteInput = z
	.object({
		email,
		role: z.enum(roles, { error: 'error_choice' }),
		organisationId: z.preprocess(
			(v) => (v === '' || v === undefined ? null : v),
			choiceId.nullable()
		)
	})
	.refine((v) => v.role !== 'partner' || v.organisationId !== null, {
		path: ['organisationId'],
		error: 'error_partner_needs_org'
	});

export const acceptInviteInput = z
	.object({
		name: z
			.string({ error: 'error_required' })
			.trim()
			.min(2, { error: 'error_required' })
			.max(120, tooLong(120)),
		password,
		passwordRepeat: z.string()
	})
	.refine((v) => v.password === v.passwordRepeat, {
		path: ['passwordRepeat'],
		error: 'error_password_mismatch'
	});

export const loginInput = z.object({
	email,
	password: z.string({ error: 'error_required' }).min(1, { error: 'error_required' }).max(200),
	/** Where to go after logging in: checked against the site's origin, never trusted as it is. */
	neste: z.unknown().optional()
});
