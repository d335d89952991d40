import type { ParamMatcher } from '@sveltejs/kit';
import { newsTagPaths } from '$lib/schemas/news';

/** The kind of a news tag's page: `tema`, `sak`, `handlingspunkt`, `uttalelse`. */
export const match: ParamMatcher = (param) => param in newsTagPaths;
