import { randomUUID } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import { submission } from './audit-schema.ts';
import type { Actor, Tx } from './context.ts';
import type { Db } from '../platform/db/client.ts';

/** A fresh one-time token for a form that must be saved once. */
export const newSubmissionToken = (): string => randomUUID();

/**
 * Claims a form's one-time token inside the write's transaction. Returns null when the token is
 * new (go on and write, then `completeSubmission`), or the id that the first post of the same
 * token produced. A second post of a token waits for the first one's transaction on a server
 * database and then finds it taken.
 */
export async function claimSubmission(
	tx: Tx,
	actor: Actor | null,
	token: string | undefined
): Promise<{ duplicateOf: number | null } | null> {
	if (!token) return null;
	const claimed = await tx
		.insert(submission)
		.values({ token, actorId: actor?.id ?? null })
		.onConflictDoNothing()
		.returning({ token: submission.token });
	if (claimed.length) return null;
	const [earlier] = await tx
		.select({ resultId: submission.resultId })
		.from(submission)
		.where(eq(submission.token, token));
	return { duplicateOf: earlier?.resultId ?? null };
}

export async function completeSubmission(tx: Tx, token: string | undefined, resultId: number) {
	if (!token) return;
	await tx.update(submission).set({ resultId }).where(eq(submission.token, token));
}

/** Tokens are kept for a week: longer than anyone reloads a result page. */
export async function pruneSubmissions(db: Db) {
	await db.delete(submission).where(lt(submission.createdAt, sql`now() - interval '7 days'`));
}
