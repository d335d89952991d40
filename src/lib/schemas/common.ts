import { z } from 'zod';

// Error messages are message keys; the route translates them into the user's language.
export const isoDate = z
	.string()
	.trim()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'error_date' })
	.refine(
		(value) => {
			const date = new Date(`${value}T00:00:00Z`);
			return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
		},
		{ error: 'error_date' }
	);

/** An empty form field means "no value". */
export const optionalDate = z.preprocess(
	(value) => (value === '' || value === undefined ? null : value),
	isoDate.nullable()
);

export const idList = z.preprocess(
	(value) => (Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value]),
	z.array(z.coerce.number().int().positive({ error: 'error_choice' }))
);

export const checkbox = z.preprocess(
	(value) => value === 'on' || value === 'true' || value === true,
	z.boolean()
);

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
		const key = issue.path.length ? String(issue.path[0]) : '_form';
		fields[key] ??= /^([a-z]+_)*error_[a-z_0-9]+$/.test(issue.message)
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

/** Action point codes as typed ("ha16, HA27"): upper-cased, split on commas, spaces or semicolons. */
export const splitCodes = (value: unknown) =>
	(Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '')
		.split(/[\s,;]+/)
		.map((code) => code.trim().toUpperCase())
		.filter(Boolean);

export const actionCode = z
	.string()
	.regex(/^[A-Z]{1,4}\d{1,5}$/, { error: 'hearing_error_action_codes' });

/** A form's one-time token (see submissions.ts); absent for clients that do not send one. */
export const submissionToken = z.preprocess(
	(value) => (value === '' ? undefined : value),
	z.uuid({ error: 'error_invalid' }).optional()
);
