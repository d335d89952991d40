import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db } from './db/client.ts';
import { RateLimitedError } from '../core/errors.ts';
import { rateLimit } from '../users/schema.ts';

const windowOf = (seconds: number) => sql`make_interval(secs => ${seconds})`;

function limited(windowStart: Date | string, windowSeconds: number): RateLimitedError {
	const endsAt = new Date(windowStart).getTime() + windowSeconds * 1000;
	return new RateLimitedError(Math.max(1, Math.ceil((endsAt - Date.now()) / 1000)));
}

/**
 * Counts one attempt for `key` in a fixed window kept in the database, so that all instances
 * share it, and returns the count so far in the window.
 */
export async function recordAttempt(db: Db, key: string, windowSeconds: number) {
	const expired = sql`${rateLimit.windowStart} < now() - ${windowOf(windowSeconds)}`;
	const [row] = await db
		.insert(rateLimit)
		.values({ key, count: 1, windowStart: sql`now()` })
		.onConflictDoUpdate({
			target: rateLimit.key,
			set: {
				count: sql`case when ${expired} then 1 else ${rateLimit.count} + 1 end`,
				windowStart: sql`case when ${expired} then now() else ${rateLimit.windowStart} end`
			}
		})
		.returning({ count: rateLimit.count, windowStart: rateLimit.windowStart });
	return row;
}

/** Counts one attempt and throws RateLimitedError once `limit` attempts are used up. */
export async function hitRateLimit(db: Db, key: string, limit: number, windowSeconds: number) {
	const row = await recordAttempt(db, key, windowSeconds);
	if (row.count > limit) throw limited(row.windowStart, windowSeconds);
}

/** Throws RateLimitedError when `limit` attempts are already counted in the window; counts none. */
export async function assertUnderLimit(db: Db, key: string, limit: number, windowSeconds: number) {
	const [row] = await db
		.select({ count: rateLimit.count, windowStart: rateLimit.windowStart })
		.from(rateLimit)
		.where(
			and(
				eq(rateLimit.key, key),
				gte(rateLimit.windowStart, sql`now() - ${windowOf(windowSeconds)}`)
			)
		);
	if (row && row.count >= limit) throw limited(row.windowStart, windowSeconds);
}

/** Forgets the attempts counted for `key`. */
export async function clearAttempts(db: Db, key: string) {
	await db.delete(rateLimit).where(eq(rateLimit.key, key));
}
