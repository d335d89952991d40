import type { Db } from '../platform/db/client.ts';
import type { Role } from '../../schemas/values.ts';

export interface Actor {
	id: string;
	name: string;
	email: string;
	role: Role;
	organisationId: number | null;
}

/**
 * What every domain function gets: the database, who is asking (null for the public), and the
 * site's own origin for the links it writes (calendars, feeds, the API).
 */
export interface Ctx {
	db: Db;
	actor: Actor | null;
	origin: string;
	/** The web request behind the call, where there is one: for rate limits and the login. */
	client?: Client;
}

export interface Client {
	address: string;
	headers: Headers;
}

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
