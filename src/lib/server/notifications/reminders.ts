import { and, between, eq, inArray, isNotNull, ne, type SQL } from 'drizzle-orm';
import { commitmentReminders } from '../commitments/reminders.ts';
import { newsReminders } from '../news/reminders.ts';
import { addDays, daysBetween, inDays, osloDate, osloHour } from '../shared/dates.ts';
import type { Db } from '../platform/db/client.ts';
import { hearing } from '../hearings/schema.ts';
import { listSignatories } from '../partners/queries.ts';
import { statement, statementPosition } from '../statements/schema.ts';
import { user } from '../users/schema.ts';
import { notification } from './schema.ts';

interface Reminder {
	key: string;
	recipient: string;
	subject: string;
	body: string;
}

async function usersWhere(db: Db, where: SQL) {
	return db
		.select({ email: user.email, organisationId: user.organisationId })
		.from(user)
		.where(where);
}

/** Internal hearing deadline in 7 days and in 1 day: to the person responsible, else the secretariat. */
async function hearingReminders(db: Db, origin: string, today: string): Promise<Reminder[]> {
	const due = await db
		.select()
		.from(hearing)
		.where(
			and(
				inArray(hearing.status, ['new', 'in_work']),
				isNotNull(hearing.internalDeadline),
				between(hearing.internalDeadline, today, addDays(today, 7))
			)
		);
	const secretariat = await usersWhere(db, eq(user.role, 'secretariat'));
	const reminders: Reminder[] = [];
	for (const h of due) {
		const days = daysBetween(today, h.internalDeadline!);
		const bucket = days <= 1 ? 1 : 7;
		const responsible = h.responsibleUserId
			? await usersWhere(db, eq(user.id, h.responsibleUserId))
			: secretariat;
		for (const person of responsible)
			reminders.push({
				key: `hearing-internal:${h.id}:${h.internalDeadline}:${bucket}:${person.email}`,
				recipient: person.email,
				subject: `Intern frist ${inDays(days)}: ${h.title}`,
				body: `Den interne fristen for høringen «${h.title}» er ${h.internalDeadline} (høringsfristen er ${h.publicDeadline}).\n\n${origin}/arbeidsrom/horinger/${h.id}`
			});
	}
	return reminders;
}

/** An input round closing within two days: to every partner user. */
async function inputReminders(db: Db, origin: string, today: string): Promise<Reminder[]> {
	const closing = await db
		.select()
		.from(statement)
		.where(
			and(eq(statement.status, 'input'), between(statement.inputDeadline, today, addDays(today, 2)))
		);
	if (!closing.length) return [];
	const partners = await usersWhere(db, eq(user.role, 'partner'));
	return closing.flatMap((s) =>
		partners.map((person) => ({
			key: `statement-input:${s.id}:${s.inputDeadline}:${person.email}`,
			recipient: person.email,
			subject: `Innspillsrunden stenger ${inDays(daysBetween(today, s.inputDeadline!))}: ${s.title}`,
			body: `Innspill til «${s.title}» kan gis til og med ${s.inputDeadline}.\n\n${origin}/arbeidsrom/uttalelser/${s.id}`
		}))
	);
}

/** A position not yet recorded 7 days before the hearing's deadline: to that organisation's users. */
async function positionReminders(db: Db, origin: string, today: string): Promise<Reminder[]> {
	const pending = await db
		.select({ statement, deadline: hearing.publicDeadline })
		.from(statement)
		.innerJoin(hearing, eq(hearing.id, statement.hearingId))
		.where(
			and(
				ne(statement.status, 'draft'),
				ne(statement.status, 'sent'),
				between(hearing.publicDeadline, today, addDays(today, 7))
			)
		);
	if (!pending.length) return [];
	const signatories = await listSignatories(db);
	const partners = await usersWhere(db, eq(user.role, 'partner'));
	const reminders: Reminder[] = [];
	for (const { statement: s, deadline } of pending) {
		const decided = await db
			.select({ organisationId: statementPosition.organisationId })
			.from(statementPosition)
			.where(
				and(eq(statementPosition.statementId, s.id), ne(statementPosition.position, 'undecided'))
			);
		const done = new Set(decided.map((d) => d.organisationId));
		for (const org of signatories.filter((o) => !done.has(o.id)))
			for (const person of partners.filter((p) => p.organisationId === org.id))
				reminders.push({
					key: `statement-position:${s.id}:${org.id}:${deadline}:${person.email}`,
					recipient: person.email,
					subject: `Standpunkt mangler: ${s.title}`,
					body: `${org.name} har ikke registrert sitt standpunkt til «${s.title}». Høringsfristen er ${deadline}.\n\n${origin}/arbeidsrom/uttalelser/${s.id}`
				});
	}
	return reminders;
}

/**
 * Finds the reminders that are due and writes each to the outbox once: a reminder's key is
 * unique, so a second scan (on this or another instance) adds nothing. Returns the new ones' ids.
 */
export async function scanReminders(
	db: Db,
	origin: string,
	today = osloDate(),
	hour = osloHour()
): Promise<number[]> {
	const reminders = [
		...(await hearingReminders(db, origin, today)),
		...(await inputReminders(db, origin, today)),
		...(await positionReminders(db, origin, today)),
		...(await commitmentReminders(db, origin, today)),
		...(await newsReminders(db, origin, today, hour))
	];
	if (!reminders.length) return [];
	const created = await db
		.insert(notification)
		.values(reminders)
		.onConflictDoNothing({ target: notification.key })
		.returning({ id: notification.id });
	return created.map((row) => row.id);
}
