import { z } from 'zod';

export const meetingQuery = z
	.object({
		q: z.string().trim().max(200).optional(),
		limit: z.coerce.number().int().min(1).max(200).default(50),
		offset: z.coerce.number().int().min(0).max(1_000_000).default(0)
	})
	.strict();
