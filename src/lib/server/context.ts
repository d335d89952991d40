import type { Db } from './db/client.ts';
import type { Role } from '../schemas/values.ts';

export interface Actor {
	id: string;
	name: string;
	email: string;
	role: Role;
	organisationId: number | null;
}

/** What every domain function gets: the database and who is asking (null for the public). */
export interface Ctx {
	db: Db;
	actor: Actor | null;
}

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
