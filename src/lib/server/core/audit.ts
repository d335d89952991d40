import { and, desc, eq, sql } from 'drizzle-orm';
import { auditEvent, cacheGeneration } from './audit-schema.ts';
import { allow, canViewAudit } from './access.ts';
import { changedFields } from './audit-diff.ts';
import { claimPendingSubmission } from './submissions.ts';
import type { Actor, Ctx, Tx } from './context.ts';
import type { Database, Db } from '../platform/db/client.ts';

export interface AuditEntry {
	entity: string;
	entityId: string | number;
	kind: string;
	before?: unknown;
	after?: unknown;
}

/** Writes one audit row inside the caller's transaction, so the change and its record stand or fall together. */
export async function recordAudit(tx: Tx | Db, actor: Actor | null, entry: AuditEntry) {
	// The first change of a form's post claims its one-time token here, in the same transaction.
	await claimPendingSubmission(tx);
	await tx.insert(auditEvent).values({
		actorId: actor?.id ?? null,
		actorName: actor?.name ?? 'system',
		entity: entry.entity,
		entityId: String(entry.entityId),
		kind: entry.kind,
		before: entry.before ?? null,
		after: entry.after ?? null
	});
	await bumpGeneration(tx);
}

// Bumps made by this process. The embedded database has one process only, so there the cache can
// trust its last reading of the generation until this process writes again.
let localBumps = 0;
const lastReadings = new WeakMap<Database, { generation: number; bumps: number }>();

/** Moves the public cache generation on; runs inside the change's transaction. */
export async function bumpGeneration(tx: Tx | Db) {
	localBumps++;
	await tx
		.insert(cacheGeneration)
		.values({ scope: 'public', generation: 1 })
		.onConflictDoUpdate({
			target: cacheGeneration.scope,
			set: { generation: sql`${cacheGeneration.generation} + 1` }
		});
}

/**
 * The public cache generation. On a server database other instances may write, so it is read every
 * time. On the embedded database only this process writes: the reading is reused until this process
 * bumps again. (A reading taken while a change is open waits for it there, since PGlite runs one
 * statement at a time and the change holds it; the bump count is taken before the read, so a bump
 * during the read makes the next call read again.)
 */
export async function readGeneration(database: Database): Promise<number> {
	const bumps = localBumps;
	const last = lastReadings.get(database);
	if (database.mode === 'pglite' && last?.bumps === bumps) return last.generation;
	const [row] = await database.db
		.select({ generation: cacheGeneration.generation })
		.from(cacheGeneration)
		.where(eq(cacheGeneration.scope, 'public'));
	const generation = row?.generation ?? 0;
	if (database.mode === 'pglite') lastReadings.set(database, { generation, bumps });
	return generation;
}

/** The trail of one entity, newest first, with what each event changed; for those who may read it. */
export async function listAuditTrail(ctx: Ctx, entity: string, entityId: string | number) {
	allow(ctx, canViewAudit);
	const rows = await ctx.db
		.select()
		.from(auditEvent)
		.where(and(eq(auditEvent.entity, entity), eq(auditEvent.entityId, String(entityId))))
		.orderBy(desc(auditEvent.at), desc(auditEvent.id))
		.limit(500);
	return rows.map((row) => ({ ...row, changes: changedFields(row.before, row.after) }));
}
