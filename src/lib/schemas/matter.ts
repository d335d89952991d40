import { z } from 'zod';
import { checkbox, emptyToNull, intInRange, rowId, tooLong } from './common.ts';
import { reference } from './references.ts';
import { matterLinkKinds } from './values.ts';

export const matterInput = z.object({
	title: z
		.string({ error: 'error_required' })
		.trim()
		.min(3, { error: 'error_required' })
		.max(200, tooLong(200)),
	standing: z.string().trim().max(5_000, tooLong(5_000)).default(''),
	followedBy: z.string().trim().max(300, tooLong(300)).default(''),
	isPublic: checkbox,
	pinOrder: z.preprocess(emptyToNull, intInRange(1, 99).nullable())
});
export type MatterInput = z.infer<typeof matterInput>;

export const matterLinkInput = z.object({
	id: rowId,
	reference: reference(matterLinkKinds)
});

export const matterUnlinkInput = z.object({
	id: rowId,
	kind: z.enum(matterLinkKinds, { error: 'error_invalid' }),
	targetId: rowId
});
