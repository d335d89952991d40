import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Ctx, Tx } from '../core/context.ts';
import type { Db } from '../platform/db/client.ts';
import { idRef, slugRef } from '../../schemas/common.ts';
import { allow, canManagePartners } from '../core/access.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { action, actionParticipant, actionProgramme } from '../actions/schema.ts';
import { organisation, type Organisation } from './schema.ts';

const kindOrder = sql`case ${organisation.kind} when 'kommune' then 0 when 'fylkeskommune' then 1 when 'regionraad' then 2 else 3 end`;

/** The active partners, municipalities first: public. */
export async function listOrganisations(ctx: Ctx) {
	return ctx.db
		.select()
		.from(organisation)
		.where(eq(organisation.active, true))
		.orderBy(kindOrder, asc(organisation.name));
}

/** Every organisation, inactive ones too, for the administrator. */
export async function listAllOrganisations(ctx: Ctx) {
	allow(ctx, canManagePartners);
	return ctx.db.select().from(organisation).orderBy(kindOrder, asc(organisation.name));
}

/** A partner's public page: the organisation and what it leads and takes part in. */
export async function getPartnerPage(ctx: Ctx, input: unknown) {
	const { slug } = parseInput(slugRef, input);
	const [partner] = await ctx.db.select().from(organisation).where(eq(organisation.slug, slug));
	if (!partner) throw new NotFoundError('organisation');
	const actions = await listActionsOfOrganisation(ctx, partner.id);
	return {
		partner,
		leads: actions.filter((a) => a.leads),
		takesPart: actions.filter((a) => !a.leads)
	};
}

/** One organisation for the administrator's edit form. */
export async function getOrganisationForEdit(ctx: Ctx, input: unknown): Promise<Organisation> {
	allow(ctx, canManagePartners);
	const { id } = parseInput(idRef, input);
	const [row] = await ctx.db.select().from(organisation).where(eq(organisation.id, id));
	if (!row) throw new NotFoundError('organisation');
	return row;
}

/** The form for a new organisation: for the administrator. */
export function newOrganisationForm(ctx: Ctx) {
	allow(ctx, canManagePartners);
	return {};
}

/** The name of the actor's own organisation, if it has one. */
export async function ownOrganisationName(ctx: Ctx): Promise<string> {
	const id = ctx.actor?.organisationId;
	if (!id) return '';
	const [row] = await ctx.db
		.select({ name: organisation.name })
		.from(organisation)
		.where(eq(organisation.id, id));
	return row?.name ?? '';
}

/** Action points of the current programme that the organisation leads or takes part in. */
async function listActionsOfOrganisation(ctx: Ctx, organisationId: number) {
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

/** Organisations whose formal position a statement asks for: the signatories. */
export async function listSignatories(db: Db | Tx) {
	return db
		.select({
			id: organisation.id,
			name: organisation.name,
			shortName: organisation.shortName,
			slug: organisation.slug
		})
		.from(organisation)
		.where(and(eq(organisation.membership, 'signatory'), eq(organisation.active, true)))
		.orderBy(organisation.name);
}
