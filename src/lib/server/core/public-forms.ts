// What holds spam off the forms anyone may post (a question, a subscription) without tracking
// anyone: a trap field people do not see, a minimum time between showing the form and posting it
// (the time is signed, so it cannot be made up), and a limit per address and hour.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.ts';
import { hitRateLimit } from '../platform/rate-limit.ts';
import { appSecret } from '../users/schema.ts';
import type { Ctx } from './context.ts';
import { ValidationError } from './errors.ts';

/** People take longer than this to write anything; robots do not. */
export const MIN_FORM_SECONDS = 3;
/** A form shown longer ago than this is shown anew. */
export const MAX_FORM_HOURS = 24;

const secrets = new WeakMap<Db, Promise<string>>();

/** The key the form times are signed with, made once and kept in the database for every instance. */
function secretOf(db: Db): Promise<string> {
	let secret = secrets.get(db);
	if (!secret) {
		secret = (async () => {
			await db
				.insert(appSecret)
				.values({ key: 'public-forms', value: randomBytes(32).toString('base64url') })
				.onConflictDoNothing();
			const [row] = await db.select().from(appSecret).where(eq(appSecret.key, 'public-forms'));
			return row.value;
		})();
		secrets.set(db, secret);
		secret.catch(() => secrets.delete(db));
	}
	return secret;
}

const sign = (secret: string, text: string) =>
	createHmac('sha256', secret).update(text).digest('base64url');

/** The signed time a form is shown, with a one-time part that tells two posts of it apart. */
export async function formStartToken(db: Db, now = Date.now()): Promise<string> {
	const text = `${now}.${randomBytes(9).toString('base64url')}`;
	return `${text}.${sign(await secretOf(db), text)}`;
}

/**
 * Refuses a post that filled the trap, came too soon or too late after the form was shown, or
 * over the address's limit (`limit` posts an hour). Returns the form's token, unique per showing.
 */
export async function checkPublicForm(
	ctx: Ctx,
	input: { website: string; startedAt: string },
	key: string,
	limit = 5,
	now = Date.now()
): Promise<string> {
	if (input.website.trim() !== '') throw new ValidationError({ _form: 'public_form_refused' });
	const [time, nonce, signature] = input.startedAt.split('.');
	const expected = sign(await secretOf(ctx.db), `${time}.${nonce}`);
	const valid =
		signature !== undefined &&
		signature.length === expected.length &&
		timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
	const age = (now - Number(time)) / 1000;
	if (!valid || !Number.isFinite(age) || age > MAX_FORM_HOURS * 3600)
		throw new ValidationError({ _form: 'public_form_expired' });
	if (age < MIN_FORM_SECONDS) throw new ValidationError({ _form: 'public_form_too_fast' });
	await hitRateLimit(ctx.db, `${key}:${ctx.client?.address ?? 'unknown'}`, limit, 3600);
	return input.startedAt;
}
