import { z } from 'zod';
import { asList, choiceId, emptyToNull, optionalDate, rowId, tooLong } from './common.ts';
import { fundingSources, measureOrigins, measurePhases } from './values.ts';

/** An amount in whole NOK; 100 billion is more than any measure here. */
const nok = z.coerce
	.number({ error: 'measure_error_amount' })
	.int({ error: 'measure_error_amount' })
	.min(0, { error: 'measure_error_amount' })
	.max(100_000_000_000, { error: 'measure_error_amount' });

/** "1 200 000", "1200000 kr": spaces and a trailing "kr" are how people write NOK. */
const nokText = (v: unknown) =>
	typeof v === 'string' ? v.replace(/[\s\u00a0]/g, '').replace(/kr$/i, '') : v;

export const measureInput = z
	.object({
		title: z
			.string({ error: 'error_required' })
			.trim()
			.min(3, { error: 'error_required' })
			.max(300, tooLong(300)),
		ownerId: choiceId,
		phase: z.enum(measurePhases, { error: 'error_choice' }),
		startsOn: optionalDate,
		endsOn: optionalDate,
		costEstimate: z.preprocess((v) => emptyToNull(nokText(v)), nok.nullable()),
		originKind: z.preprocess(
			emptyToNull,
			z.enum(measureOrigins, { error: 'error_choice' }).nullable()
		),
		originId: z.preprocess(emptyToNull, rowId.nullable()),
		/** Funding by source, as repeated fields in pairs; an empty amount leaves the row out. */
		fundingSource: z.preprocess(
			asList,
			z.array(z.enum(fundingSources, { error: 'error_choice' })).max(20)
		),
		fundingAmount: z.preprocess(
			(v) => asList(v).map((a) => emptyToNull(nokText(a))),
			z.array(nok.nullable()).max(20)
		)
	})
	.refine((m) => !m.startsOn || !m.endsOn || m.startsOn <= m.endsOn, {
		path: ['endsOn'],
		error: 'measure_error_dates'
	})
	.refine((m) => m.fundingSource.length === m.fundingAmount.length, {
		path: ['fundingAmount'],
		error: 'error_invalid'
	})
	.refine((m) => (m.originKind === null) === (m.originId === null), {
		path: ['originKind'],
		error: 'error_invalid'
	});
export type MeasureInput = z.infer<typeof measureInput>;
