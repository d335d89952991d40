import { PGlite, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { setFlagsFromString } from 'node:v8';
import postgres from 'postgres';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
	db: Db;
	mode: 'pglite' | 'postgres';
	close(): Promise<void>;
	/** Runs raw SQL on a connection of its own; used by migrations and test set-up. */
	exec(sqlText: string): Promise<void>;
	/** The server's URL, or the embedded client: the job queue connects through one of them. */
	url?: string;
	pglite?: PGlite;
	/**
	 * On a server: listens on a channel over a connection of its own, and listens again after that
	 * connection drops (closed with the database).
	 */
	listen?: (channel: string, handlers: ListenHandlers) => void;
}

export interface ListenHandlers {
	notify(payload: string): void;
	/** Listening, first or again: every notification sent from now on arrives. */
	listening(): void;
	/** The connection dropped: notifications are missed until `listening` is called again. */
	lost(): void;
}

export interface DatabaseOptions {
	/** PostgreSQL server URL; when absent the embedded database is used. */
	url?: string;
	/** Folder for the embedded database; `memory://` or undefined keeps it in memory. */
	dataDir?: string;
	/** Connection pool size on a server. */
	poolSize?: number;
	/** An embedded database's folder as `dumpDataDir` wrote it, to start from (the tests' templates). */
	loadDataDir?: Blob;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * PGlite runs each query in this thread and hands the result on as a promise, so the queries of
 * every request in progress follow one another without the event loop getting a turn: new
 * connections and requests waited until all of them were done, up to seconds under load. Each
 * query or transaction here first lets the event loop take its turn.
 */
class TakingTurnsPGlite extends PGlite {
	override async query<T>(
		query: string,
		params?: unknown[],
		options?: QueryOptions
	): Promise<Results<T>> {
		await nextTurn();
		return super.query<T>(query, params, options);
	}
	override async transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
		await nextTurn();
		return super.transaction(callback);
	}
}

interface Listener {
	close(): Promise<void>;
}

type Sql = postgres.Sql | postgres.TransactionSql;

/**
 * Drizzle asks postgres.js for an unnamed statement unless a query is prepared by name, so the
 * server parses and plans every query anew. This client prepares each query text once per
 * connection and reuses it, in transactions and savepoints too. (A connection is replaced after
 * its lifetime, which bounds the statements it keeps.)
 */
function preparing<T extends Sql>(sql: T): T {
	return new Proxy(sql, {
		get(target, key, receiver) {
			if (key === 'unsafe')
				return (query: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) =>
					target.unsafe(query, params as never, { ...options, prepare: true });
			if (key === 'begin' || key === 'savepoint')
				return (...args: unknown[]) => {
					const work = args.pop() as (tx: postgres.TransactionSql) => unknown;
					const method = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[key];
					return method.call(target, ...args, (tx: postgres.TransactionSql) => work(preparing(tx)));
				};
			return Reflect.get(target, key, receiver);
		}
	});
}

/**
 * LISTEN on a dedicated connection. When it drops, `lost` is called at once and LISTEN is tried
 * again, with a growing pause while the server stays away; `listening` follows each success.
 */
function listenOn(url: string, channel: string, handlers: ListenHandlers): Listener {
	let closed = false;
	let trying = false;
	let timer: NodeJS.Timeout | undefined;
	const client = postgres(url, {
		max: 1,
		idle_timeout: 0,
		max_lifetime: null,
		fetch_types: false,
		onnotice: () => {},
		connection: { application_name: 'samstemt-listen' },
		onclose: () => {
			if (closed) return;
			handlers.lost();
			start(250);
		},
		// Not in postgres.js's option types, but how its own `listen` receives notifications.
		...({
			onnotify: (name: string, payload: string) => {
				if (name === channel) handlers.notify(payload);
			}
		} as object)
	});
	const start = (pause: number) => {
		if (trying || closed) return;
		trying = true;
		client
			.unsafe(`listen "${channel.replaceAll('"', '""')}"`)
			.then(() => {
				trying = false;
				if (!closed) handlers.listening();
			})
			.catch(() => {
				trying = false;
				if (closed) return;
				timer = setTimeout(() => start(Math.min(pause * 2, 30_000)), pause);
				timer.unref();
			});
	};
	start(250);
	return {
		close: async () => {
			closed = true;
			clearTimeout(timer);
			await client.end({ timeout: 5 });
		}
	};
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
	if (options.url) {
		const client = postgres(options.url, {
			max: options.poolSize ?? 10,
			onnotice: () => {},
			connection: { application_name: 'samstemt' }
		});
		const db = drizzlePostgres(preparing(client), { schema }) as unknown as Db;
		const listeners: Listener[] = [];
		return {
			db,
			mode: 'postgres',
			url: options.url,
			listen: (channel, handlers) => listeners.push(listenOn(options.url!, channel, handlers)),
			close: async () => {
				await Promise.all(listeners.map((listener) => listener.close()));
				await client.end({ timeout: 5 });
			},
			exec: async (text) => {
				await client.unsafe(text);
			}
		};
	}
	// V8 compiles PGlite's hot WebAssembly functions a second time with its optimising compiler,
	// and each such compilation of PostgreSQL's large functions briefly takes hundreds of MB. A
	// high tiering budget keeps all but the very hottest on the baseline compiler; see
	// docs/architecture.md for the measured trade-off.
	setFlagsFromString('--wasm-tiering-budget=1000000000');
	// A smaller buffer pool than PGlite's 128 MB: the embedded mode serves small partnerships, and
	// the pool is allocated inside the process's own memory.
	const pgliteOptions = {
		postgresqlconf: ['shared_buffers = 32MB'],
		extensions: { pg_trgm },
		loadDataDir: options.loadDataDir
	};
	const client = options.dataDir
		? new TakingTurnsPGlite(options.dataDir, pgliteOptions)
		: new TakingTurnsPGlite(pgliteOptions);
	await client.waitReady;
	const db = drizzlePglite(client, { schema }) as unknown as Db;
	return {
		db,
		mode: 'pglite',
		pglite: client,
		close: () => client.close(),
		exec: async (text) => {
			await client.exec(text);
		}
	};
}
