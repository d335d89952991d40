// Keeps the search entries true: every recorded change (core/audit.ts) reindexes what it touched,
// in the change's own transaction, and a database seeded without changes is indexed at start.
import { and, count, eq, inArray } from 'drizzle-orm';
import { bumpGeneration } from '../core/audit.ts';
import type { Tx } from '../core/context.ts';
import type { Db } from '../platform/db/client.ts';
import { registrations, type AuditedChange, type Registration } from './kinds.ts';
import { searchEntry } from './schema.ts';

const BATCH = 500;

async function reindex(db: Db | Tx, registration: Registration, ids: number[]) {
	for (let i = 0; i < ids.length; i += BATCH) {
		const batch = [...new Set(ids.slice(i, i + BATCH))];
		await db
			.delete(searchEntry)
			.where(and(eq(searchEntry.kind, registration.kind), inArray(searchEntry.entityId, batch)));
		const entries = await registration.load(db, batch);
		if (entries.length)
			await db.insert(searchEntry).values(
				entries.map((e) => ({
					...e,
					title: e.title.slice(0, 500),
					year: e.on ? Number(e.on.slice(0, 4)) : null
				}))
			);
	}
}

/** Reindexes what one recorded change touched. */
export async function reindexChange(tx: Tx | Db, change: AuditedChange) {
	for (const registration of registrations) {
		const ids = await registration.touched(tx, change);
		if (ids.length) await reindex(tx, registration, ids);
	}
}

/**
 * Builds every entry anew (after a seed, an import from another system, or a change of rules), and
 * moves the cache generation on, so no answer kept from the old entries is given again.
 */
export async function rebuildSearch(db: Db) {
	await db.delete(searchEntry);
	for (const registration of registrations)
		await reindex(db, registration, await registration.all(db));
	await bumpGeneration(db);
}

/** Indexes a database that has content but no entries yet (seeded, or from before the search). */
export async function rebuildSearchIfEmpty(db: Db) {
	const [{ n }] = await db.select({ n: count() }).from(searchEntry);
	if (n === 0) await rebuildSearch(db);
}
