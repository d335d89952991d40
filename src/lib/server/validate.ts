import type { z } from 'zod';
import { fieldErrorsOf } from '../schemas/common.ts';
import { ValidationError } from './errors.ts';

/** Parses a command's input, or throws a ValidationError naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
	const parsed = schema.safeParse(raw);
	if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
	return parsed.data;
}
