import { z } from 'zod';
import { asList, emptyToNull, isoDate, rowId, splitLines, tooLong, withParams } from './common.ts';
import { demandOutcomes } from './values.ts';

/** The version the impact forms started from; 0 while the statement has none yet. */
const impactVersion = z.coerce.number({ error: 'error_invalid' }).int().min(0).max(2_147_483_647);

export const MAX_DEMANDS = 30;

/** The demands as typed: one per line, in order; empty lines left out. */
export const demandsInput = z.object({
	id: rowId,
	version: impactVersion,
	demands: z.preprocess(
		splitLines,
		z
			.array(z.string().max(500, tooLong(500)), { error: 'impact_error_demands' })
			.min(1, { error: 'impact_error_demands' })
			.max(MAX_DEMANDS, { error: withParams('impact_error_too_many', { max: MAX_DEMANDS }) })
	)
});

/** The decision, and for each demand (sent as repeated fields, in order) its outcome. */
export const outcomeInput = z
	.object({
		id: rowId,
		version: impactVersion,
		decision: z
			.string({ error: 'error_required' })
			.trim()
			.min(3, { error: 'error_required' })
			.max(300, tooLong(300)),
		decidedOn: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
		decisionUrl: z.preprocess(
			emptyToNull,
			z
				.url({ protocol: /^https?$/, error: 'error_url' })
				.max(1_000)
				.nullable()
		),
		demandId: z.preprocess(asList, z.array(rowId).max(100)),
		outcome: z.preprocess(
			asList,
			z.array(z.enum(demandOutcomes, { error: 'error_choice' })).max(100)
		),
		evidence: z.preprocess(asList, z.array(z.string().trim().max(1_000, tooLong(1_000))).max(100))
	})
	.refine(
		(o) => o.outcome.length === o.demandId.length && o.evidence.length === o.demandId.length,
		{
			path: ['outcome'],
			error: 'error_invalid'
		}
	);
