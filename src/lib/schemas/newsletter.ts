import { z } from 'zod';

/** A subscription as anyone asks for it, with the public form's trap and signed time. */
export const subscribeInput = z.object({
	email: z
		.email({ error: 'newsletter_error_email' })
		.trim()
		.toLowerCase()
		.max(200, { error: 'newsletter_error_email' }),
	website: z.string().max(500).default(''),
	startedAt: z.string().max(200).default('')
});

/** The secret token of a confirmation or unsubscription link. */
export const subscriberTokenRef = z.object({
	token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, { error: 'error_invalid' })
});

/** A month of the digest: `2026-11`. */
export const digestMonth = z.object({
	month: z.string().regex(/^(18|19|20|21)\d{2}-(0[1-9]|1[0-2])$/, { error: 'error_invalid' })
});
