import { z } from 'zod';
import { pageOffset, rowId } from './common.ts';
import { searchKinds } from './values.ts';

/** The longest search: more is not a search but a paste. */
export const MAX_SEARCH = 200;

/** A search as the page sends it; filters that cannot be read mean "all". */
export const searchInput = z.object({
	q: z
		.string({ error: 'search_error_empty' })
		.trim()
		.min(1, { error: 'search_error_empty' })
		.max(MAX_SEARCH, { error: 'search_error_long' }),
	type: z.enum(searchKinds).optional().catch(undefined),
	ar: z.coerce.number().int().min(1800).max(2199).optional().catch(undefined),
	tema: rowId.optional().catch(undefined),
	sak: rowId.optional().catch(undefined),
	offset: pageOffset
});

/** The open API's search: unknown parameters are refused, not ignored. */
export const searchQuery = z
	.object({
		q: z
			.string({ error: 'search_error_empty' })
			.trim()
			.min(1, { error: 'search_error_empty' })
			.max(MAX_SEARCH, { error: 'search_error_long' }),
		type: z.enum(searchKinds, { error: 'error_choice' }).optional(),
		year: z.coerce.number().int().min(1800).max(2199).optional(),
		theme: rowId.optional(),
		matter: rowId.optional(),
		limit: z.coerce.number().int().min(1).max(50).default(20),
		offset: pageOffset
	})
	.strict();
