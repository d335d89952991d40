import { and, desc, eq, sql } from 'drizzle-orm';
import { auditEvent, cacheGeneration } from './audit-schema.ts';
import type { Actor, Ctx, Tx } from './context.ts';
import type { Db } from './db/client.ts';

export interface AuditEntry {
	entity: string;
	entityId: string | number;
	kind: string;
	before?: unknown;
	after?: unknown;
}

/** Writes one audit row inside the caller's transaction, so the change and its record stand or fall together. */
export async function recordAudit(tx: Tx | Db, actor: Actor | null, entry: AuditEntry) {
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

/** Moves the public cache generation on; runs inside the change's transaction. */
export async function bumpGeneration(tx: Tx | Db) {
	await tx
		.insert(cacheGeneration)
		.values({ scope: 'public', generation: 1 })
		.onConflictDoUpdate({
			target: cacheGeneration.scope,
			set: { generation: sql`${cacheGeneration.generation} + 1` }
		});
}

export async function readGeneration(db: Db): Promise<number> {
	const [row] = await db
		.select({ generation: cacheGeneration.generation })
		.from(cacheGeneration)
		.where(eq(cacheGeneration.scope, 'public'));
	return row?.generation ?? 0;
}

export async function listAuditTrail(ctx: Ctx, entity: string, entityId: string | number) {
	return ctx.db
		.select()
		.from(auditEvent)
		.where(and(eq(auditEvent.entity, entity), eq(auditEvent.entityId, String(entityId))))
		.orderBy(desc(auditEvent.at), desc(auditEvent.id))
		.limit(500);
}
