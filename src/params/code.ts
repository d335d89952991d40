import type { ParamMatcher } from '@sveltejs/kit';
import { ACTION_CODE } from '$lib/schemas/common';

/** An action point's code in the URL (`HA16`, case as typed). */
export const match: ParamMatcher = (param) => ACTION_CODE.test(param.toUpperCase());
