import { z } from 'zod';
import {
	actionCode,
	checkbox,
	emptyToNull,
	idList,
	intInRange,
	isoDate,
	rowId,
	rowVersion,
	splitCodes,
	tooLong,
	uploadedFile
} from './common.ts';
import {
	chartKinds,
	indicatorDirections,
	indicatorGeographies,
	indicatorResolutions,
	zeroGrowthMeasures
} from './values.ts';

const text = (max: number) => z.string().trim().max(max, tooLong(max)).default('');

export const indicatorInput = z.object({
	name: z
		.string({ error: 'error_required' })
		.trim()
		.min(3, { error: 'error_required' })
		.max(200, tooLong(200)),
	description: text(2_000),
	unit: text(60),
	source: text(300),
	licence: text(100),
	geography: z.enum(indicatorGeographies, { error: 'error_choice' }),
	resolution: z.enum(indicatorResolutions, { error: 'error_choice' }),
	direction: z.enum(indicatorDirections, { error: 'error_choice' }),
	chart: z.enum(chartKinds, { error: 'error_choice' }),
	zeroGrowth: z.preprocess(
		emptyToNull,
		z.enum(zeroGrowthMeasures, { error: 'error_choice' }).nullable()
	),
	ssbTable: z.preprocess(
		emptyToNull,
		z
			.string()
			.regex(/^\d{5}$/, { error: 'indicator_error_table' })
			.nullable()
	),
	isPublic: checkbox,
	featureOrder: z.preprocess(emptyToNull, intInRange(1, 99).nullable()),
	goalIds: idList,
	actionCodes: z.preprocess(splitCodes, z.array(actionCode).max(50))
});
export type IndicatorInput = z.infer<typeof indicatorInput>;

/** A number as Norwegians write it: "1 334", "61,5", "-2,3". */
export const decimal = z.preprocess(
	(v) => (typeof v === 'string' ? v.replace(/[\s\u00a0]/g, '').replace(',', '.') : v),
	z.coerce
		.number({ error: 'indicator_error_number' })
		.refine((n) => Number.isFinite(n) && Math.abs(n) < 1e15, { error: 'indicator_error_number' })
);

export const periodText = z
	.string({ error: 'indicator_error_period' })
	.trim()
	.regex(/^\d{4}(K[1-4]|M\d{2}|-\d{2}(-\d{2})?)?$/, { error: 'indicator_error_period' });

export const indicatorValueInput = z.object({
	id: rowId,
	period: periodText,
	place: z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.max(40, tooLong(40)),
	placeName: text(120),
	series: text(60),
	value: decimal,
	source: text(300)
});

export const indicatorTargetInput = z
	.object({
		id: rowId,
		place: z
			.string({ error: 'error_required' })
			.trim()
			.min(1, { error: 'error_required' })
			.max(40, tooLong(40)),
		series: text(60),
		kind: z.enum(['level', 'change'], { error: 'error_choice' }),
		value: decimal,
		basePeriod: z.preprocess(emptyToNull, periodText.nullable()),
		dueOn: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
		description: text(500)
	})
	.refine((t) => t.kind !== 'change' || t.basePeriod !== null, {
		path: ['basePeriod'],
		error: 'indicator_error_base'
	});

export const indicatorFileInput = z.object({
	id: rowId,
	file: uploadedFile('document_error_empty')
});
export const indicatorRemoveInput = z.object({ id: rowId, valueId: rowId });
export const indicatorTargetRemoveInput = z.object({ id: rowId, targetId: rowId });
/** An indicator's file (`graf.svg`, `graf.png`, `data.csv`), by its address or its id. */
const chartFile = z
	.enum(['graf.svg', 'graf.png', 'data.csv'], { error: 'error_invalid' })
	.transform((file) => (file === 'data.csv' ? 'csv' : file === 'graf.png' ? 'png' : 'svg'));
export const indicatorChartRef = z.object({
	slug: z.string().trim().min(1).max(100),
	file: chartFile
});
export const indicatorFileRef = z.object({ id: rowId, file: chartFile });

const column = z.preprocess(emptyToNull, z.coerce.number().int().min(0).max(59).nullable());
/** Which column of a CSV file holds which field of a figure. */
export const indicatorMappingInput = z.object({
	id: rowId,
	draftId: rowId,
	version: rowVersion,
	period: column,
	place: column,
	placeName: column,
	series: column,
	value: column,
	source: column
});
export const indicatorConfirmInput = z.object({ id: rowId, draftId: rowId, version: rowVersion });
export const indicatorDraftRef = z.object({ id: rowId, draftId: rowId });
