import { sql } from 'drizzle-orm';
import type { Db } from './db/client.ts';
import { RateLimitedError } from './errors.ts';
import { rateLimit } from './users/schema.ts';

/**
 * Counts one attempt for `key` in a fixed window kept in the database, so that all instances
 * share it. Throws RateLimitedError once `limit` attempts are used up.
 */
export async function hitRateLimit(db: Db, key: string, limit: number, windowSeconds: number) {
	const window = sql`make_interval(secs => ${windowSeconds})`;
	const expired = sql`${rateLimit.windowStart} < now() - ${window}`;
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
	if (row.count > limit) {
		const endsAt = new Date(row.windowStart).getTime() + windowSeconds * 1000;
		throw new RateLimitedError(Math.max(1, Math.ceil((endsAt - Date.now()) / 1000)));
	}
}
