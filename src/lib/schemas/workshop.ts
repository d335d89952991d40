import { z } from 'zod';
import {
	actionCode,
	checkbox,
	emptyToNull,
	isoDate,
	rowId,
	rowVersion,
	splitLines,
	choiceId,
	idList,
	tooLong
} from './common.ts';
import { inputItemOutcomes } from './values.ts';

const lines = (max: number, each: number) =>
	z.preprocess(splitLines, z.array(z.string().max(each, tooLong(each))).max(max));

export const workshopInput = z.object({
	title: z
		.string({ error: 'error_required' })
		.trim()
		.min(3, { error: 'error_required' })
		.max(200, tooLong(200)),
	heldOn: z.preprocess((v) => (v === undefined ? '' : v), isoDate),
	place: z.string().trim().max(200, tooLong(200)).default(''),
	groups: lines(50, 200),
	isPublic: checkbox
});

/** New items: one per line, all from the same group and theme. */
export const workshopItemsInput = z.object({
	id: rowId,
	items: lines(100, 1_000).refine((list) => list.length > 0, { error: 'workshop_error_items' }),
	groupName: z.string().trim().max(200, tooLong(200)).default(''),
	themeId: z.preprocess(emptyToNull, choiceId.nullable())
});

/** What became of one item: taken into an action point, merged into another item, or not followed. */
export const workshopDecisionInput = z
	.object({
		id: rowId,
		itemId: rowId,
		version: rowVersion,
		outcome: z.enum(inputItemOutcomes, { error: 'error_choice' }),
		actionCode: z.preprocess(emptyToNull, actionCode.nullable()),
		mergedIntoId: z.preprocess(emptyToNull, choiceId.nullable()),
		themeId: z.preprocess(emptyToNull, choiceId.nullable()),
		/** The goals of the strategy the item serves. */
		goalIds: idList,
		note: z.string().trim().max(1_000, tooLong(1_000)).default('')
	})
	.refine((d) => d.outcome !== 'taken' || d.actionCode !== null, {
		path: ['actionCode'],
		error: 'workshop_error_action'
	})
	.refine((d) => d.outcome !== 'merged' || d.mergedIntoId !== null, {
		path: ['mergedIntoId'],
		error: 'workshop_error_merged'
	})
	.refine((d) => d.outcome !== 'not_followed' || d.note !== '', {
		path: ['note'],
		error: 'workshop_error_reason'
	});
