import { z } from 'zod';
import { tooLong, checkbox, uploadedFile } from './common.ts';

/** The fields an import column can be mapped to, in the order the mapping step lists them. */
export const importFields = [
	'code',
	'title',
	'description',
	'theme',
	'lead',
	'participants',
	'goals',
	'horizon',
	'status',
	'progress',
	'due'
] as const;
export type ImportField = (typeof importFields)[number];
/** What a column can be set to: a field, or left out of the import. */
export const columnChoices = [...importFields, 'ignore'] as const;
export type ColumnField = (typeof columnChoices)[number];

export const importFileInput = z.object({ file: uploadedFile('import_error_no_file') });
export const importDraftRef = z.object({ utkast: z.uuid().optional().catch(undefined) });

/** The form's fields named `prefix.key` as one record of key → value (`column.3`, `theme.Sykkel`). */
function prefixed(raw: Record<string, unknown>, prefix: string) {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(raw))
		if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = value;
	return out;
}

const choice = (...words: string[]) =>
	z.union([...words.map((w) => z.literal(w)), z.string().regex(/^\d{1,9}$/)], {
		error: 'error_choice'
	});

/**
 * What the preview's form settles: each column's field (`column.<index>`), each unknown theme
 * (`theme.<name>`: `new` or a theme id) and organisation (`organisation.<name>`: `partner`,
 * `external` or an id), each action point the file lacks (`missing.<code>`), and the mode.
 */
export const importSettleInput = z.preprocess(
	(raw) => {
		const form = (raw ?? {}) as Record<string, unknown>;
		return {
			draftId: form.draftId,
			mode: form.mode,
			columns: prefixed(form, 'column'),
			themes: prefixed(form, 'theme'),
			organisations: prefixed(form, 'organisation'),
			missing: prefixed(form, 'missing')
		};
	},
	z.object({
		draftId: z.uuid({ error: 'import_error_draft' }),
		mode: z.enum(['update', 'revision'], { error: 'error_choice' }).catch('update'),
		columns: z.record(
			z.string().regex(/^\d{1,3}$/),
			z.enum(columnChoices, { error: 'error_choice' })
		),
		themes: z.record(z.string().max(300), choice('', 'new')),
		organisations: z.record(z.string().max(300), choice('', 'partner', 'external')),
		missing: z.record(
			z.string().max(20),
			z.enum(['keep', 'stop', 'remove'], { error: 'error_choice' })
		)
	})
);
export type ImportSettle = z.infer<typeof importSettleInput>;

const year = z.coerce
	.number({ error: 'error_number' })
	.int({ error: 'error_number' })
	.min(2000, { error: 'error_year' })
	.max(2100, { error: 'error_year' });

/** The write: the programme's name and period when it starts a revision; `again` for a file seen before. */
export const importConfirmInput = z
	.object({
		draftId: z.uuid({ error: 'import_error_draft' }),
		title: z.preprocess(
			(v) => (v === '' ? undefined : v),
			z.string().trim().min(3, { error: 'error_title_short' }).max(200, tooLong(200)).optional()
		),
		periodStart: z.preprocess((v) => (v === '' ? undefined : v), year.optional()),
		periodEnd: z.preprocess((v) => (v === '' ? undefined : v), year.optional()),
		again: checkbox
	})
	.refine((v) => !v.periodStart || !v.periodEnd || v.periodEnd >= v.periodStart, {
		path: ['periodEnd'],
		error: 'error_period'
	});
