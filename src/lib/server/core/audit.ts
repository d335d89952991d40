import { reindexChange } from '../search/indexer.ts';
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
	await reindexChange(tx, entry);
	await bumpGeneration(tx);
}

// Bumps made by this process, counted when the bump is made (inside its transaction).
let localBumps = 0;
const CHANNEL = 'samstemt_cache_generation';

interface Known {
	/** The newest generation read or notified. */
	generation: number;
	/** True while it can be trusted: the embedded database, or a server connection listening. */
	current: boolean;
	/** `localBumps` when it was last read: a bump by this process since then reads again. */
	bumps: number;
	/** Moves on with every drop and return of the listening connection. */
	epoch: number;
}
const known = new WeakMap<Database, Known>();
// The databases followed, by their query builder: domain code holds only the latter.
const followed = new WeakMap<Db, Database>();

/**
 * Moves the public cache generation on; runs inside the change's transaction. On a server the new
 * value is sent with NOTIFY, which PostgreSQL delivers to every listening instance on commit.
 */
export async function bumpGeneration(tx: Tx | Db) {
	localBumps++;
	await tx.execute(sql`
		with bumped as (
			insert into ${cacheGeneration} (scope, generation) values ('public', 1)
			on conflict (scope) do update set generation = ${cacheGeneration}.generation + 1
			returning generation
		)
		select pg_notify(${CHANNEL}, generation::text) from bumped`);
}

async function selectGeneration(db: Db): Promise<number> {
	const [row] = await db
		.select({ generation: cacheGeneration.generation })
		.from(cacheGeneration)
		.where(eq(cacheGeneration.scope, 'public'));
	return row?.generation ?? 0;
}

/** Starts following a server's generation by LISTEN; until it listens, every reading asks. */
function follow(database: Database): Known {
	const state: Known = { generation: 0, current: false, bumps: -1, epoch: 0 };
	known.set(database, state);
	followed.set(database.db, database);
	if (database.mode === 'pglite') return state;
	database.listen?.(CHANNEL, {
		notify: (payload) => {
			const generation = Number(payload);
			if (Number.isSafeInteger(generation) && generation > state.generation)
				state.generation = generation;
		},
		// Notifications sent while the connection was away are lost: read the value again, and
		// keep asking the database on every reading until that read is back.
		listening: function reread() {
			const epoch = ++state.epoch;
			state.current = false;
			selectGeneration(database.db).then(
				(generation) => {
					if (epoch !== state.epoch) return;
					state.generation = Math.max(state.generation, generation);
					state.current = true;
				},
				() => {
					if (epoch === state.epoch) setTimeout(reread, 1_000).unref();
				}
			);
		},
		lost: () => {
			state.epoch++;
			state.current = false;
		}
	});
	return state;
}

/**
 * The public cache generation, asked of the database only when this process cannot know it. On
 * the embedded database only this process writes, and on a server every instance is told of a new
 * generation by NOTIFY, so a reading is reused until this process bumps the generation itself
 * (its own change is then read back at once, before the notification arrives) or, on a server,
 * while the listening connection is away. (On the embedded database a reading taken while a change
 * is open waits for it, since PGlite runs one statement at a time; the bump count is taken before
 * the read, so a bump during the read makes the next call read again.)
 */
export async function readGeneration(database: Database): Promise<number> {
	const bumps = localBumps;
	const state = known.get(database) ?? follow(database);
	if (state.bumps === bumps && (state.current || database.mode === 'pglite'))
		return state.generation;
	const generation = await selectGeneration(database.db);
	if (database.mode === 'pglite') {
		state.generation = generation;
	} else {
		state.generation = Math.max(state.generation, generation);
	}
	state.bumps = bumps;
	return state.generation;
}

/**
 * Values computed from the database, kept in this process until the cache generation moves on, as
 * the response cache keeps public pages: a figure everyone reads, or the answers to the searches
 * people repeat. Computed anew inside a transaction, and on a database whose generation is not
 * followed (the app follows its own from the start, `platform/app.ts`). Callers asking for the
 * same key while it is computed share the one computation; at most `size` keys are kept, the one
 * least recently asked for going first. Values are shared between callers: they must not change them.
 */
export class GenerationCache {
	readonly #kept = new Map<string, { generation: number; value: Promise<unknown> }>();
	readonly size: number;
	constructor(size: number) {
		this.size = size;
	}

	async get<T>(db: Db | Tx, key: string, compute: () => Promise<T>): Promise<T> {
		const database = followed.get(db as Db);
		if (!database) return compute();
		const generation = await readGeneration(database);
		const kept = this.#kept.get(key);
		this.#kept.delete(key);
		if (kept && kept.generation === generation) {
			this.#kept.set(key, kept);
			return kept.value as Promise<T>;
		}
		const value = compute();
		const entry = { generation, value };
		this.#kept.set(key, entry);
		if (this.#kept.size > this.size) this.#kept.delete(this.#kept.keys().next().value!);
		// A failed computation is not kept: the next asker tries again.
		value.catch(() => {
			if (this.#kept.get(key) === entry) this.#kept.delete(key);
		});
		return value;
	}

	/** How many values are kept (for tests). */
	get count() {
		return this.#kept.size;
	}
}

const figures = new GenerationCache(100);

/** A figure computed from public data, kept until the cache generation moves on (see above). */
export const perGeneration = <T>(db: Db | Tx, key: string, compute: () => Promise<T>) =>
	figures.get(db, key, compute);

/** Whether readings on this database are answered without asking it (for tests). */
export const generationIsFollowed = (database: Database): boolean =>
	database.mode === 'pglite' || (known.get(database)?.current ?? false);

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
