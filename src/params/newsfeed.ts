import type { ParamMatcher } from '@sveltejs/kit';
import { newsFeedFormats } from '$lib/schemas/news';

/** A news feed's file: `atom.xml`, `rss.xml`, `feed.json`. */
export const match: ParamMatcher = (param) =>
	(newsFeedFormats as readonly string[]).includes(param);
