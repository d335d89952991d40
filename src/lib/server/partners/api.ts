// The open API's view of the partners: what /api/v1/organisations answers.
import { z } from 'zod';
import type { Ctx } from '../core/context.ts';
import { parseInput } from '../core/validate.ts';
import { listOrganisations } from './queries.ts';

export const organisationQuery = z
	.object({
		limit: z.coerce.number().int().min(1).max(500).default(100),
		offset: z.coerce.number().int().min(0).max(1_000_000).default(0)
	})
	.strict();

export async function apiListOrganisations(ctx: Ctx, input: unknown) {
	const { limit, offset } = parseInput(organisationQuery, input);
	const all = await listOrganisations(ctx);
	return {
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
			url: new URL(`/partnere/${o.slug}`, ctx.origin).href
		}))
	};
}
