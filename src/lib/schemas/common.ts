import { z } from 'zod';

// Error messages are message keys; the route translates them into the user's language.

/** A message key with its parameters, as the pages translate it (`t` in $lib/i18n). */
export const withParams = (key: string, params: Record<string, string | number>) =>
	`${key}|${JSON.stringify(params)}`;

/** The message of a text over its limit says the limit: "Skriv høyst 300 tegn." */
export const tooLong = (max: number) => ({ error: withParams('error_max_length', { max }) });

/** The largest value of PostgreSQL's `integer`: ids and row versions stay within it. */
export const MAX_INT = 2_147_483_647;
/** Paging never reaches further than this. */
export const MAX_OFFSET = 1_000_000;

const idWith = (error: string) =>
	z.coerce.number({ error }).int({ error }).min(1, { error }).max(MAX_INT, { error });

/** A row id from a route parameter or a hidden field: a whole number within `integer`. */
export const rowId = idWith('error_invalid');

/** A row picked from a list of choices (a select, a radio group). */
export const choiceId = idWith('error_choice');

/** The row version a form started from (optimistic locking). */
export const rowVersion = rowId;

/** The offset of a paged list; anything else than a sane whole number means the first page. */
export const pageOffset = z.coerce.number().int().min(0).max(MAX_OFFSET).catch(0).default(0);

/** Paging of a list page: the page decides the size, the URL only the offset. */
export const paging = (limit: number) =>
	z.object({ offset: pageOffset }).transform(({ offset }) => ({ limit, offset }));

/** A search box: trimmed, at most `max` characters; longer input is cut, not refused. */
export const searchText = (max = 200) =>
	z.preprocess(
		(v) => (typeof v === 'string' ? v.trim().slice(0, max) : undefined),
		z.string().optional()
	);

export const isoDate = z
	.string({ error: 'error_date_missing' })
	.trim()
	// An empty date is asked for ("Fyll inn en dato"), apart from one that is malformed.
	.min(1, { error: 'error_date_missing' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'error_date' })
	.refine(
		(value) => {
			const date = new Date(`${value}T00:00:00Z`);
			return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
		},
		{ error: 'error_date' }
	)
	// PostgreSQL has no year 0, and no date of the partnership lies outside these.
	.refine((value) => value >= '1800-01-01' && value <= '2199-12-31', {
		error: 'error_date_range'
	});

/** An empty form field means "no value". */
export const optionalDate = z.preprocess(
	(value) => (value === '' || value === undefined ? null : value),
	isoDate.nullable()
);

/**
 * The ids of a group of checkboxes. Empty values are left out: a checkbox group sends one empty
 * field, so that "none ticked" can be told from "not in the form".
 */
export const idList = z.preprocess(
	(value) =>
		(Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v !== ''),
	z.array(choiceId).max(500, { error: 'error_choice' })
);

export const checkbox = z.preprocess(
	(value) => value === 'on' || value === 'true' || value === true,
	z.boolean()
);

/** A short text from the URL that names something (a slug, a code): never longer than `max`. */
export const urlName = (max = 100) =>
	z.string({ error: 'error_invalid' }).trim().min(1, { error: 'error_invalid' }).max(max, {
		error: 'error_invalid'
	});

export const intInRange = (min: number, max: number) =>
	z.coerce
		.number({ error: 'error_number' })
		.int({ error: 'error_number' })
		.min(min, { error: 'error_range' })
		.max(max, { error: 'error_range' });

/** Collects a form into a plain object; names in `arrays` keep every value. */
export function formToObject(
	form: FormData,
	arrays: readonly string[] = []
): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const values = form.getAll(key).filter((v): v is string => typeof v === 'string');
		out[key] = arrays.includes(key) ? values : values[0];
	}
	for (const key of arrays) out[key] ??= [];
	return out;
}

/** Flattens zod issues to field -> first message key. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const issue of error.issues) {
		const key = issue.path.length
			? String(issue.path[0])
			: issue.code === 'unrecognized_keys'
				? issue.keys[0]
				: '_form';
		fields[key] ??= /^([a-z]+_)*error_[a-z_0-9]+(\|\{.*\})?$/.test(issue.message)
			? issue.message
			: 'error_invalid';
	}
	return fields;
}

/** An empty or missing form field means "no value". */
export const emptyToNull = (value: unknown) =>
	value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;

/** A form field that may come once, many times or not at all, as a list. */
export const asList = (value: unknown) =>
	Array.isArray(value) ? value : value === undefined ? [] : [value];

/** A programme's address: its period, and a number when two share one (`2021-2024`, `2025-2028-2`). */
export const PROGRAMME_SLUG = /^[a-z0-9]+(-[a-z0-9]+){0,3}$/;

/** The one rule for an action point's code: letters, then digits (`HA16`). */
export const ACTION_CODE = /^[A-ZÆØÅ]{1,5}\d{1,4}$/;

/** Action point codes as typed ("ha16, HA27"): upper-cased, split on commas, spaces or semicolons. */
export const splitCodes = (value: unknown) =>
	(Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '')
		.split(/[\s,;]+/)
		.map((code) => code.trim().toUpperCase())
		.filter(Boolean);

export const actionCode = z
	.string({ error: 'hearing_error_action_codes' })
	.trim()
	.toUpperCase()
	.regex(ACTION_CODE, { error: 'hearing_error_action_codes' });

/** An uploaded file as the web adapter hands it over; `missing` names the message for none. */
export const uploadedFile = (missing: string) =>
	z
		.object(
			{
				name: z.string().max(1_000),
				type: z.string().max(300).default(''),
				content: z.instanceof(Uint8Array)
			},
			{ error: missing }
		)
		// A file field left empty sends a nameless, empty file; an empty file with a name is checked
		// (and refused as empty) by whoever reads it.
		.refine((f) => f.name !== '' || f.content.byteLength > 0, { error: missing, path: [] });

/** A file field that may be left empty. */
export const optionalFile = z.preprocess(
	(v) =>
		v &&
		typeof v === 'object' &&
		'name' in v &&
		'content' in v &&
		v.name === '' &&
		v.content instanceof Uint8Array &&
		v.content.byteLength === 0
			? undefined
			: v,
	uploadedFile('document_error_empty').optional()
);

/** A route parameter `[id]`. */
export const idRef = z.object({ id: rowId });
/** A route parameter `[slug]`. */
export const slugRef = z.object({ slug: urlName(100) });
/** An `[id]` and the row version its form started from. */
export const versionedRef = z.object({ id: rowId, version: rowVersion });

/** A text typed one item per line, as a list: lines trimmed, empty ones left out. */
export const splitLines = (value: unknown) =>
	typeof value === 'string'
		? value
				.split(/\r?\n/)
				.map((line) => line.trim())
				.filter(Boolean)
		: (value ?? []);
