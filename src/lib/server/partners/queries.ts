import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { action, actionParticipant, actionProgramme } from '../actions/schema.ts';
import { organisation, type Organisation } from './schema.ts';

const kindOrder = sql`case ${organisation.kind} when 'kommune' then 0 when 'fylkeskommune' then 1 when 'regionraad' then 2 else 3 end`;

export async function listOrganisations(ctx: Ctx, options: { includeInactive?: boolean } = {}) {
	return ctx.db
		.select()
		.from(organisation)
		.where(options.includeInactive ? undefined : eq(organisation.active, true))
		.orderBy(kindOrder, asc(organisation.name));
}

export async function getOrganisationBySlug(ctx: Ctx, slug: string): Promise<Organisation> {
	const [row] = await ctx.db.select().from(organisation).where(eq(organisation.slug, slug));
	if (!row) throw new NotFoundError('organisation');
	return row;
}

export async function getOrganisationById(ctx: Ctx, id: number): Promise<Organisation> {
	const [row] = await ctx.db.select().from(organisation).where(eq(organisation.id, id));
	if (!row) throw new NotFoundError('organisation');
	return row;
}

/** Action points of the current programme that the organisation leads or takes part in. */
export async function listActionsOfOrganisation(ctx: Ctx, organisationId: number) {
	const participating = ctx.db
		.select({ id: actionParticipant.actionId })
		.from(actionParticipant)
		.where(eq(actionParticipant.organisationId, organisationId));
	return ctx.db
		.select({
			code: action.code,
			title: action.title,
			status: action.status,
			progress: action.progress,
			isExample: action.isExample,
			leads: sql<boolean>`${action.leadOrganisationId} = ${organisationId}`
		})
		.from(action)
		.innerJoin(actionProgramme, eq(action.programmeId, actionProgramme.id))
		.where(
			and(
				eq(actionProgramme.status, 'current'),
				or(eq(action.leadOrganisationId, organisationId), inArray(action.id, participating))
			)
		)
		.orderBy(asc(action.code));
}

/** Normalised name for matching: lower case, without a trailing or leading "kommune". */
export function normaliseOrganisationName(name: string): string {
	return name
		.trim()
		.toLocaleLowerCase('nb')
		.replace(/\s+/g, ' ')
		.replace(/^kommune\s+/, '')
		.replace(/\s+kommune$/, '');
}

/** Index of organisations by normalised name and short name, for the importer. */
export function indexOrganisationsByName(rows: readonly Organisation[]): Map<string, Organisation> {
	const index = new Map<string, Organisation>();
	for (const row of rows) {
		index.set(normaliseOrganisationName(row.name), row);
		index.set(normaliseOrganisationName(row.shortName), row);
	}
	return index;
}
