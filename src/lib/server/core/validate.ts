import type { z } from 'zod';
import { fieldErrorsOf } from '../../schemas/common.ts';
import { ValidationError } from './errors.ts';

/** The first field (top-level key) whose text holds a NUL character, which PostgreSQL refuses. */
function fieldWithNul(raw: unknown, path = ''): string | null {
	if (typeof raw === 'string') return raw.includes('\0') ? path || '_form' : null;
	if (Array.isArray(raw)) {
		for (const item of raw) {
			const found = fieldWithNul(item, path);
			if (found) return found;
		}
	} else if (raw && typeof raw === 'object' && !(raw instanceof Uint8Array)) {
		for (const [key, value] of Object.entries(raw)) {
			const found = fieldWithNul(value, path || key);
			if (found) return found;
		}
	}
	return null;
}

/**
 * Parses a domain function's raw input (form fields, URL parameters, route parameters), or throws
 * a ValidationError naming every bad field. Text with a NUL character is refused for every schema.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
	const nul = fieldWithNul(raw);
	if (nul) throw new ValidationError({ [nul]: 'error_invalid_char' });
	const parsed = schema.safeParse(raw ?? {});
	if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
	return parsed.data;
}
