import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { pendingCommitmentStatuses } from '../../schemas/values.ts';
import { organisation } from '../partners/schema.ts';
import type { Db } from '../platform/db/client.ts';
import { addDays, daysBetween, inDays } from '../shared/dates.ts';
import { user } from '../users/schema.ts';
import { DUE_SOON_DAYS } from './queries.ts';
import { commitment } from './schema.ts';

/**
 * To the secretariat: a commitment's promised date 14 days ahead, and once it has passed without
 * delivery. Each is keyed by the date, so a delay with a new date reminds again.
 */
export async function commitmentReminders(db: Db, origin: string, today: string) {
	const due = await db
		.select({
			id: commitment.id,
			promise: commitment.promise,
			currentDueOn: commitment.currentDueOn,
			actorName: organisation.name
		})
		.from(commitment)
		.innerJoin(organisation, eq(organisation.id, commitment.actorId))
		.where(
			and(
				inArray(commitment.status, pendingCommitmentStatuses),
				lte(commitment.currentDueOn, addDays(today, DUE_SOON_DAYS))
			)
		)
		.orderBy(asc(commitment.currentDueOn));
	if (!due.length) return [];
	const secretariat = await db
		.select({ email: user.email })
		.from(user)
		.where(eq(user.role, 'secretariat'));
	return due.flatMap((c) => {
		const passed = c.currentDueOn < today;
		const days = daysBetween(today, c.currentDueOn);
		const subject = passed
			? `Forpliktelse over frist: ${c.actorName}`
			: `Forpliktelse med frist ${inDays(days)}: ${c.actorName}`;
		return secretariat.map((person) => ({
			key: `commitment-${passed ? 'overdue' : 'due'}:${c.id}:${c.currentDueOn}:${person.email}`,
			recipient: person.email,
			subject,
			body: `${c.actorName} har lovet: «${c.promise}»\nFrist: ${c.currentDueOn}.${passed ? ' Fristen er passert uten at forpliktelsen er registrert som levert.' : ''}\n\n${origin}/arbeidsrom/forpliktelser/${c.id}`
		}));
	});
}
