// A matter's timeline, for the workspace or the public. Every reader names its view, and each
// kind of item reads through `links/items.ts`, which keeps it to what the view may see.
import { and, asc, eq } from 'drizzle-orm';
import { readLinked, type LinkedItem, type View } from '../links/items.ts';
import type { Db } from '../platform/db/client.ts';
import { matter, matterLink } from './schema.ts';

export type { View };
export type TimelineItem = LinkedItem;

/** The matters the view may see, as a form's or a filter's choices, by title. */
export function matterChoices(db: Db, view: View) {
	return db
		.select({ value: matter.id, label: matter.title })
		.from(matter)
		.where(view === 'public' ? eq(matter.isPublic, true) : undefined)
		.orderBy(asc(matter.title));
}

/** Everything linked to the matter that the view may see, newest first. */
export async function matterTimeline(db: Db, matterId: number, view: View) {
	const links = await db
		.select({ kind: matterLink.kind, targetId: matterLink.targetId })
		.from(matterLink)
		.where(eq(matterLink.matterId, matterId));
	return readLinked(db, links, view);
}

/** The matters an item is linked to, that the view may see. */
export async function mattersOf(
	db: Db,
	kind: Exclude<LinkedItem['kind'], 'matter'>,
	id: number,
	view: View
) {
	const rows = await db
		.select({ targetId: matterLink.matterId })
		.from(matterLink)
		.where(and(eq(matterLink.kind, kind), eq(matterLink.targetId, id)));
	return readLinked(
		db,
		rows.map((r) => ({ kind: 'matter' as const, targetId: r.targetId })),
		view
	);
}
