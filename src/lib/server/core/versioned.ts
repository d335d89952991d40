import { eq, sql, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './context.ts';
import { ConflictError, NotFoundError } from './errors.ts';

/** A table with a serial `id` and an integer row `version` (optimistic locking). */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/**
 * Optimistic locking, one way for every versioned entity. `lockRow` reads the row `for update`,
 * so that concurrent writers of one row queue on it and each reads what the one before it wrote,
 * and refuses the write when the version the user's form started from is no longer the row's.
 * `saveRow` then writes the change and moves the version on in SQL, never from a value read
 * earlier. Call both inside one transaction.
 */
export async function lockRow<T extends VersionedTable>(
	tx: Tx,
	table: T,
	where: SQL | undefined,
	what: string,
	expectedVersion?: number
): Promise<InferSelectModel<T>> {
	const [row] = (await tx
		.select()
		.from(table as PgTable)
		.where(where)
		.for('update')) as InferSelectModel<T>[];
	if (!row) throw new NotFoundError(what);
	if (expectedVersion !== undefined && (row as { version: number }).version !== expectedVersion)
		throw new ConflictError(what);
	return row;
}

/** Writes `changes` to a row locked by `lockRow`, bumping its version (and `updatedAt` if it has one). */
export async function saveRow<T extends VersionedTable>(
	tx: Tx,
	table: T,
	id: number,
	changes: Partial<T['$inferInsert']>
): Promise<InferSelectModel<T>> {
	const set: Record<string, unknown> = { ...changes, version: sql`${table.version} + 1` };
	if ('updatedAt' in table) set.updatedAt = sql`clock_timestamp()`;
	const [after] = (await tx
		.update(table as PgTable)
		.set(set)
		.where(eq(table.id, id))
		.returning()) as InferSelectModel<T>[];
	return after;
}
