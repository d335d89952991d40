import { z } from 'zod';

/**
 * The longest text each field of a form's schema takes, read from the schema itself, so that a
 * page sets `maxlength` and says the limit where the server will hold it.
 */
export function fieldLimits(schema: z.ZodType): Record<string, number> {
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
		properties?: Record<string, { maxLength?: number; anyOf?: { maxLength?: number }[] }>;
	};
	const out: Record<string, number> = {};
	for (const [name, property] of Object.entries(json.properties ?? {})) {
		const max = property.maxLength ?? property.anyOf?.find((p) => p.maxLength)?.maxLength;
		if (max) out[name] = max;
	}
	return out;
}
