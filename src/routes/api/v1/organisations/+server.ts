import { z } from 'zod';
import { ctxOf } from '$lib/server/http/context';
import { invalidParameters, json } from '$lib/server/http/problem';
import { listOrganisations } from '$lib/server/partners/queries';
import type { RequestHandler } from './$types';

const query = z
	.object({
		limit: z.coerce.number().int().min(1).max(500).default(100),
		offset: z.coerce.number().int().min(0).default(0)
	})
	.strict();

export const GET: RequestHandler = async (event) => {
	const parsed = query.safeParse(Object.fromEntries(event.url.searchParams));
	if (!parsed.success) return invalidParameters(parsed.error);
	const all = await listOrganisations(await ctxOf(event));
	const { limit, offset } = parsed.data;
	return json({
		total: all.length,
		limit,
		offset,
		items: all.slice(offset, offset + limit).map((o) => ({
			slug: o.slug,
			name: o.name,
			shortName: o.shortName,
			kind: o.kind,
			level: o.level,
			membership: o.membership,
			orgNumber: o.orgNumber,
			municipalityCode: o.municipalityCode,
			joinedOn: o.joinedOn,
			website: o.website,
			url: new URL(`/partnere/${o.slug}`, event.url).href
		}))
	});
};
