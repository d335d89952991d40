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
}

export interface DatabaseOptions {
	/** PostgreSQL server URL; when absent the embedded database is used. */
	url?: string;
	/** Folder for the embedded database; `memory://` or undefined keeps it in memory. */
	dataDir?: string;
	/** Connection pool size on a server. */
	poolSize?: number;
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

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
	if (options.url) {
		const client = postgres(options.url, {
			max: options.poolSize ?? 10,
			onnotice: () => {},
			connection: { application_name: 'samstemt' }
		});
		const db = drizzlePostgres(client, { schema }) as unknown as Db;
		return {
			db,
			mode: 'postgres',
			url: options.url,
			close: () => client.end({ timeout: 5 }),
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
	const pgliteOptions = { postgresqlconf: ['shared_buffers = 32MB'], extensions: { pg_trgm } };
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
