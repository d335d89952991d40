import { actionQuery } from '$lib/schemas/action';
import { listActions } from '$lib/server/actions/queries';
import { ctxOf } from '$lib/server/http/context';
import { invalidParameters, json } from '$lib/server/http/problem';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const parsed = actionQuery.safeParse(Object.fromEntries(event.url.searchParams));
	if (!parsed.success) return invalidParameters(parsed.error);
	const ctx = { ...(await ctxOf(event)), actor: null };
	const { items, total, programme } = await listActions(ctx, parsed.data);
	return json({
		programme: {
			title: programme.title,
			periodStart: programme.periodStart,
			periodEnd: programme.periodEnd
		},
		total,
		limit: parsed.data.limit,
		offset: parsed.data.offset,
		items: items.map((item) => ({
			code: item.code,
			title: item.title,
			theme: { slug: item.themeSlug, name: item.themeName },
			lead: { slug: item.leadSlug, shortName: item.leadName },
			status: item.status,
			progress: item.progress,
			horizon: item.horizon,
			dueDate: item.dueDate,
			updatedAt: item.updatedAt,
			isExample: item.isExample,
			url: new URL(`/handlingsprogram/${item.code}`, event.url).href
		}))
	});
};
