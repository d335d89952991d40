// Typed references (an action point's code, a pasted address) checked against the database.
import { eq, inArray } from 'drizzle-orm';
import type { Reference } from '../../schemas/references.ts';
import type { LinkKind } from '../../schemas/values.ts';
import { findActionIds } from '../actions/queries.ts';
import { commitment } from '../commitments/schema.ts';
import type { Tx } from '../core/context.ts';
import { engagement, inquiry } from '../engagements/schema.ts';
import { meeting, meetingCase } from '../governance/schema.ts';
import { ValidationError } from '../core/errors.ts';
import { hearing } from '../hearings/schema.ts';
import { matter } from '../matters/schema.ts';
import { measure } from '../measures/schema.ts';
import { statement } from '../statements/schema.ts';
import { theme } from '../strategy/schema.ts';
import { workshopItem } from '../workshops/schema.ts';

const tables = {
	hearing,
	statement,
	meeting,
	case: meetingCase,
	commitment,
	engagement,
	inquiry,
	measure,
	workshop_item: workshopItem,
	matter
} as const;

export interface Link {
	kind: LinkKind;
	targetId: number;
}

/** The item a reference names, or null when there is none. */
export async function resolveReference(tx: Tx, reference: Reference): Promise<Link | null> {
	if (reference.kind === 'action') {
		const ids = await findActionIds(tx, [reference.code]);
		return ids ? { kind: 'action', targetId: ids[0] } : null;
	}
	const table = tables[reference.kind];
	const [found] = await tx.select({ id: table.id }).from(table).where(eq(table.id, reference.id));
	return found ? { kind: reference.kind, targetId: found.id } : null;
}

/** Every reference resolved, without repeats; null when any of them names nothing. */
export async function resolveReferences(tx: Tx, references: Reference[]): Promise<Link[] | null> {
	const links = new Map<string, Link>();
	for (const reference of references) {
		const link = await resolveReference(tx, reference);
		if (!link) return null;
		links.set(`${link.kind}:${link.targetId}`, link);
	}
	return [...links.values()];
}

/** Whether every id names a row of the kind's table. */
export async function allExist(tx: Tx, kind: Exclude<LinkKind, 'action'>, ids: number[]) {
	if (!ids.length) return true;
	const table = tables[kind];
	const found = await tx.select({ id: table.id }).from(table).where(inArray(table.id, ids));
	return found.length === new Set(ids).size;
}

/** What an item is tagged with on its form: action points by code, themes, matters, statements. */
export interface Tags {
	actionCodes: string[];
	themeIds: number[];
	matterIds: number[];
	statementIds?: number[];
}

/**
 * Checks that every tag names something that exists, naming unknown ones back by field, and
 * returns the tags as unique `{ kind, targetId }` rows (action points by id) to write.
 */
export async function checkTags(tx: Tx, tags: Tags) {
	const errors: Record<string, string> = {};
	const actionIds = await findActionIds(tx, tags.actionCodes);
	if (!actionIds) errors.actionCodes = 'hearing_error_action_codes';
	const themes = tags.themeIds.length
		? await tx.select({ id: theme.id }).from(theme).where(inArray(theme.id, tags.themeIds))
		: [];
	if (themes.length !== new Set(tags.themeIds).size) errors.themeIds = 'error_choice';
	if (!(await allExist(tx, 'matter', tags.matterIds))) errors.matterIds = 'error_choice';
	if (!(await allExist(tx, 'statement', tags.statementIds ?? [])))
		errors.statementIds = 'error_choice';
	if (Object.keys(errors).length) throw new ValidationError(errors);
	const rows = [
		...tags.themeIds.map((targetId) => ({ kind: 'theme' as const, targetId })),
		...tags.matterIds.map((targetId) => ({ kind: 'matter' as const, targetId })),
		...(tags.statementIds ?? []).map((targetId) => ({ kind: 'statement' as const, targetId })),
		...(actionIds ?? []).map((targetId) => ({ kind: 'action' as const, targetId }))
	];
	return [...new Map(rows.map((r) => [`${r.kind}:${r.targetId}`, r])).values()];
}
