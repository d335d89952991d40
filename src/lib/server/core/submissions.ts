import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import { submission } from './audit-schema.ts';
import type { Actor, Tx } from './context.ts';
import type { Db } from '../platform/db/client.ts';

/**
 * A form is saved once however often it is posted (a double click, a post sent again after its
 * connection dropped): each page a signed-in user gets carries a one-time token in its forms, and
 * the first change a post makes claims that token in the change's own transaction. A second post
 * of the same token finds it taken (on a server database it waits for the first one's transaction)
 * and writes nothing; it is answered with where the first one went. A post that failed rolled its
 * claim back with everything else, so the token is free for the next try.
 *
 * The web adapter runs a form's work inside `once`; `recordAudit`, which every change calls in its
 * transaction, claims the token. No domain function has to know.
 */
interface Pending {
	token: string;
	actorId: string | null;
	claimed: boolean;
}
const pending = new AsyncLocalStorage<Pending>();

/** A fresh one-time token for the forms of one page. */
export const newSubmissionToken = (): string => randomUUID();

const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A second post of a form whose first post was saved; `location` is where the first one went. */
export class RepeatedSubmission extends Error {
	readonly location: string | null;
	constructor(location: string | null) {
		super('repeated submission');
		this.location = location;
	}
}

/** Runs a form's work so that its first change claims `token`; without a token, just runs it. */
export function once<T>(
	token: string | undefined,
	actor: Actor | null,
	work: () => Promise<T>
): Promise<T> {
	if (!token || !TOKEN.test(token)) return work();
	return pending.run({ token, actorId: actor?.id ?? null, claimed: false }, work);
}

/** Claims the running form's token inside a change's transaction (called by `recordAudit`). */
export async function claimPendingSubmission(tx: Tx | Db) {
	const form = pending.getStore();
	if (!form) return;
	const claimed = await tx
		.insert(submission)
		.values({ token: form.token, actorId: form.actorId })
		.onConflictDoNothing()
		.returning({ token: submission.token });
	if (claimed.length) {
		form.claimed = true;
		return;
	}
	// Taken by this very post in an earlier transaction of its work: go on.
	if (form.claimed) return;
	const [earlier] = await tx
		.select({ location: submission.location })
		.from(submission)
		.where(eq(submission.token, form.token));
	throw new RepeatedSubmission(earlier?.location ?? null);
}

/** Notes where a saved post went, for a repeat of it to go there too. */
export async function rememberSubmission(db: Db, token: string | undefined, location: string) {
	if (!token || !TOKEN.test(token)) return;
	await db.update(submission).set({ location }).where(eq(submission.token, token));
}

/**
 * Where the first post of a repeated token went. The first post notes it just after its change is
 * committed, so a repeat that arrived in that moment asks again a few times before it gives up.
 */
export async function locationOfSubmission(db: Db, token: string): Promise<string | null> {
	for (let attempt = 0; attempt < 10; attempt++) {
		const [row] = await db
			.select({ location: submission.location })
			.from(submission)
			.where(eq(submission.token, token));
		if (!row || row.location) return row?.location ?? null;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return null;
}

/** Tokens are kept for a week: longer than anyone reloads a result page. */
export async function pruneSubmissions(db: Db) {
	await db.delete(submission).where(lt(submission.createdAt, sql`now() - interval '7 days'`));
}
