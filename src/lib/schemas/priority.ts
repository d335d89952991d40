import { z } from 'zod';
import { tooLong, actionCode, asList, isoDate, rowId, splitCodes } from './common.ts';
import { horizons } from './values.ts';

const date = z.preprocess((v) => (v === undefined ? '' : v), isoDate);

export const roundInput = z
	.object({
		title: z
			.string({ error: 'error_required' })
			.trim()
			.min(3, { error: 'error_required' })
			.max(300, tooLong(300)),
		description: z.string().trim().max(5_000, tooLong(5_000)).default(''),
		opensOn: date,
		closesOn: date,
		actionCodes: z.preprocess(
			splitCodes,
			z.array(actionCode).min(1, { error: 'round_error_no_actions' }).max(200, tooLong(200))
		),
		criterionName: z.preprocess(asList, z.array(z.string().trim().max(100, tooLong(100)))),
		criterionWeight: z.preprocess(asList, z.array(z.string().trim()))
	})
	.transform((raw, ctx) => {
		const criteria = raw.criterionName
			.map((name, i) => ({ name, weight: raw.criterionWeight[i] ?? '' }))
			.filter((c) => c.name || c.weight)
			.map((c, i) => {
				const weight = Number(c.weight);
				if (!c.name || !Number.isInteger(weight) || weight < 1 || weight > 100)
					ctx.addIssue({
						code: 'custom',
						path: ['criterionName'],
						message: 'round_error_criterion'
					});
				return { name: c.name, weight, sortOrder: i };
			});
		if (!criteria.length)
			ctx.addIssue({ code: 'custom', path: ['criterionName'], message: 'round_error_criterion' });
		if (raw.closesOn < raw.opensOn)
			ctx.addIssue({
				code: 'custom',
				path: ['closesOn'],
				message: 'round_error_closes_before_opens'
			});
		const { criterionName: _n, criterionWeight: _w, ...rest } = raw;
		return { ...rest, criteria };
	});
export type RoundInput = z.output<typeof roundInput>;

export const publishInput = z.object({
	id: rowId,
	published: z.enum(['true', 'false'], { error: 'error_choice' }).transform((v) => v === 'true')
});
export const horizonChoice = z.object({
	id: rowId,
	actionId: rowId,
	horizon: z.enum(horizons, { error: 'error_choice' })
});
