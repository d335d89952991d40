import { z } from 'zod';
import { emptyToNull, isoDate, rowId, rowVersion, uploadedFile } from './common.ts';
import { reachChannels } from './values.ts';

const count = z.preprocess(
	(v) => (typeof v === 'string' ? emptyToNull(v.replace(/[\s\u00a0]/g, '')) : v),
	z.coerce
		.number({ error: 'reach_error_count' })
		.int({ error: 'reach_error_count' })
		.min(0, { error: 'reach_error_count' })
		.max(1_000_000_000, { error: 'reach_error_count' })
		.nullable()
);

/** A figure typed in: the day, the channel, followers and reach (at least one of them). */
export const reachInput = z
	.object({
		on: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
		channel: z.enum(reachChannels, { error: 'error_choice' }),
		followers: count,
		reach: count
	})
	.refine((r) => r.followers !== null || r.reach !== null, {
		path: ['followers'],
		error: 'reach_error_empty'
	});

export const reachFileInput = z.object({ file: uploadedFile('document_error_empty') });

const column = z.preprocess(emptyToNull, z.coerce.number().int().min(0).max(59).nullable());

/** How the columns of an uploaded file map to the fields, and the channel when it has none. */
export const reachMappingInput = z.object({
	id: rowId,
	version: rowVersion,
	on: column,
	followers: column,
	reach: column,
	channel: column,
	defaultChannel: z.preprocess(emptyToNull, z.enum(reachChannels).nullable())
});

export const reachConfirmInput = z.object({ id: rowId, version: rowVersion });
