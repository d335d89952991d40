import type { ParamMatcher } from '@sveltejs/kit';
import { ACTION_CODE, PROGRAMME_SLUG } from '$lib/schemas/common';

/** A programme's address in the URL (`2021-2024`): never something that reads as a code. */
export const match: ParamMatcher = (param) =>
	PROGRAMME_SLUG.test(param) && !ACTION_CODE.test(param.toUpperCase()) && param !== 'eksport';
