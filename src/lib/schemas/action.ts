import { z } from 'zod';
import {
	tooLong,
	actionCode,
	checkbox,
	choiceId,
	idList,
	intInRange,
	isoDate,
	optionalDate,
	rowId,
	MAX_OFFSET,
	PROGRAMME_SLUG,
	pageOffset,
	rowVersion,
	searchText
} from './common.ts';
import { actionStatuses, horizons, measurePhases } from './values.ts';

export const actionStatusSchema = z.enum(actionStatuses, { error: 'error_choice' });
export const horizonSchema = z.enum(horizons, { error: 'error_choice' });

/** Names one action point of the current programme. */
export const actionRef = z.object({ code: actionCode });

/** An archived programme's address in the URL (`/handlingsprogram/2021-2024/…`), or none. */
export const programmeRef = z.object({
	periode: z.string().regex(PROGRAMME_SLUG, { error: 'error_invalid' }).optional()
});

export const actionInput = actionRef.extend({
	title: z
		.string({ error: 'error_required' })
		.trim()
		.min(3, { error: 'error_title_short' })
		.max(300, tooLong(300)),
	description: z.string().trim().max(20_000, tooLong(20_000)).default(''),
	themeId: choiceId,
	horizon: horizonSchema,
	// Absent where the form does not offer them (a participant may not change who takes part).
	leadOrganisationId: choiceId.optional(),
	participantIds: idList.optional(),
	goalIds: idList,
	dueDate: optionalDate,
	status: actionStatusSchema,
	progress: intInRange(0, 100),
	version: rowVersion
});
export type ActionInput = z.infer<typeof actionInput>;

export const progressInput = actionRef.extend({
	text: z
		.string({ error: 'error_required' })
		.trim()
		.min(3, { error: 'error_required' })
		.max(5_000, tooLong(5_000)),
	nextSteps: z.string().trim().max(2_000, tooLong(2_000)).default(''),
	status: actionStatusSchema,
	progress: intInRange(0, 100),
	isPublic: checkbox
});
export type ProgressInput = z.infer<typeof progressInput>;

export const milestoneInput = actionRef.extend({
	title: z
		.string({ error: 'error_required' })
		.trim()
		.min(2, { error: 'error_required' })
		.max(300, tooLong(300)),
	dueDate: isoDate,
	doneOn: optionalDate
});
export type MilestoneInput = z.infer<typeof milestoneInput>;
export const milestoneUpdateInput = milestoneInput.extend({ milestoneId: rowId });

// A filter that is too long or malformed means "no filter", never an error page.
const listParam = z.preprocess(
	(v) => (v === '' || v === undefined ? undefined : v),
	z.string().trim().max(100).optional().catch(undefined)
);

export const actionSorts = ['code', 'status', 'due', 'updated'] as const;

/** The API's query parameters: bad values are refused with 400. */
export const actionQuery = z
	.object({
		q: z.string().trim().max(200).optional(),
		theme: z.string().trim().max(100).optional(),
		status: z.enum(actionStatuses).optional(),
		partner: z.string().trim().max(100).optional(),
		horizon: z.enum(horizons).optional(),
		sort: z.enum(['code', 'status', 'due', 'updated']).default('code'),
		limit: z.coerce.number().int().min(1).max(500).default(50),
		offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0)
	})
	.strict();

/** The public list's query parameters; unknown or bad values fall back to "no filter". */
export const actionFilter = z.object({
	q: searchText(200).transform((v) => v || undefined),
	theme: listParam,
	status: z.enum(actionStatuses).optional().catch(undefined),
	partner: listParam,
	horizon: z.enum(horizons).optional().catch(undefined),
	/** Action points with a measure in this phase. */
	tiltak: z.enum(measurePhases).optional().catch(undefined),
	sort: z.enum(actionSorts).catch('code').default('code'),
	limit: z.coerce.number().int().min(1).max(500).catch(50).default(50),
	offset: pageOffset
});
export type ActionFilter = z.infer<typeof actionFilter>;
