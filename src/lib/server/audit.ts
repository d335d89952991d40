import { and, desc, eq } from 'drizzle-orm';
import { auditEvent } from './audit-schema.ts';
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
}

export async function listAuditTrail(ctx: Ctx, entity: string, entityId: string | number) {
	return ctx.db
		.select()
		.from(auditEvent)
		.where(and(eq(auditEvent.entity, entity), eq(auditEvent.entityId, String(entityId))))
		.orderBy(desc(auditEvent.at), desc(auditEvent.id))
		.limit(500);
}
