import type { ParamMatcher } from '@sveltejs/kit';

/** An indicator's files: its chart as SVG or PNG, and its figures as CSV. */
export const match: ParamMatcher = (param) => ['graf.svg', 'graf.png', 'data.csv'].includes(param);
