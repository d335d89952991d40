import { getRequestEvent } from '$app/server';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { randomUUID } from 'node:crypto';
import type { Db } from './db/client.ts';
import { account, session, user, verification } from '../users/schema.ts';

export const SESSION_DAYS = 7;

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** The origin, and on this machine its other loopback names: the site answers at each of them. */
export function trustedOriginsOf(origin: string): string[] {
	const url = new URL(origin);
	if (!LOOPBACK.includes(url.hostname)) return [origin];
	return LOOPBACK.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`);
}

export function createAuth(db: Db, options: { secret: string; origin: string }) {
	return betterAuth({
		database: drizzleAdapter(db, {
			provider: 'pg',
			schema: { user, session, account, verification }
		}),
		secret: options.secret,
		baseURL: options.origin,
		trustedOrigins: trustedOriginsOf(options.origin),
		emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
		user: {
			additionalFields: {
				role: { type: 'string', input: false },
				organisationId: { type: 'number', input: false, required: false }
			}
		},
		session: { expiresIn: SESSION_DAYS * 86_400, updateAge: 86_400 },
		advanced: {
			useSecureCookies: options.origin.startsWith('https://'),
			defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
			// A session and its user in one query (the relations are in users/schema.ts).
			database: { generateId: () => randomUUID(), joins: true }
		},
		// Login goes through our form action, which applies its own database-backed limit.
		rateLimit: { enabled: false },
		plugins: [sveltekitCookies(getRequestEvent)]
	});
}
export type Auth = ReturnType<typeof createAuth>;
