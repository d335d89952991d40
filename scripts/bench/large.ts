import { sql } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/platform/db/client.ts';
import {
	action,
	actionGoal,
	actionParticipant,
	actionProgramme,
	milestone,
	progressUpdate
} from '../../src/lib/server/actions/schema.ts';
import { hearing } from '../../src/lib/server/hearings/schema.ts';
import {
	statement,
	statementPosition,
	statementVersion
} from '../../src/lib/server/statements/schema.ts';
import { organisation } from '../../src/lib/server/partners/schema.ts';
import { actionStatuses, horizons } from '../../src/lib/schemas/values.ts';
import { prng, seedStrategy } from '../../src/lib/server/demo/seed.ts';

export interface LargeScale {
	organisations: number;
	actions: number;
	updates: number;
	/** Hearings, with deadlines spread over two years around `now`. */
	hearings?: number;
	/** Sent statements, each answering one of the hearings, with every organisation's position. */
	statements?: number;
}

async function insertInChunks<T, R = unknown>(
	rows: T[],
	size: number,
	insert: (chunk: T[]) => Promise<R[] | unknown>
): Promise<R[]> {
	const out: R[] = [];
	for (let i = 0; i < rows.length; i += size) {
		const result = await insert(rows.slice(i, i + size));
		if (Array.isArray(result)) out.push(...(result as R[]));
	}
	return out;
}

/** Seeds a programme far larger than any real one, for the benchmark. */
export async function seedLarge(db: Db, scale: LargeScale, now = new Date()) {
	const random = prng(42);
	const orgs = await db
		.insert(organisation)
		.values(
			Array.from({ length: scale.organisations }, (_, i) => ({
				slug: `partner-${i + 1}`,
				name: `Partner ${i + 1} kommune`,
				shortName: `Partner ${i + 1}`,
				kind: 'kommune' as const,
				level: 'kommune' as const,
				membership: 'signatory' as const,
				municipalityCode: String(5000 + i)
			}))
		)
		.returning({ id: organisation.id });
	const { strat, goalRows, themeRows } = await seedStrategy(db);
	const [programme] = await db
		.insert(actionProgramme)
		.values({
			strategyId: strat.id,
			title: 'Handlingsprogram (ytelsestest)',
			periodStart: 2025,
			periodEnd: 2028,
			status: 'current',
			slug: 'bench'
		})
		.returning();
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
	const actionRows = Array.from({ length: scale.actions }, (_, i) => ({
		programmeId: programme.id,
		code: `HA${String(i + 1).padStart(4, '0')}`,
		title: `${pick(['Sykkelveg', 'Kollektivknutepunkt', 'Togtilbud', 'Sentrumsplan', 'Parkering', 'Trafikksikkerhet'])} ${i + 1} i ${pick(['Steinkjer', 'Verdal', 'Levanger', 'Inderøy', 'Frosta', 'Snåsa'])}`,
		description:
			'Eksempeltekst for ytelsestesten: tiltaket skal gjøre det enklere å gå, sykle og reise kollektivt mellom byene.',
		themeId: pick(themeRows).id,
		horizon: pick(horizons),
		leadOrganisationId: pick(orgs).id,
		status: pick(actionStatuses),
		progress: Math.floor(random() * 101),
		dueDate: `202${5 + Math.floor(random() * 4)}-0${1 + Math.floor(random() * 9)}-15`,
		isExample: true,
		lastProgressAt: new Date(now.getTime() - Math.floor(random() * 300) * 86_400_000)
	}));
	const ids: number[] = [];
	await insertInChunks(actionRows, 1000, async (chunk) => {
		ids.push(
			...(await db.insert(action).values(chunk).returning({ id: action.id })).map((r) => r.id)
		);
	});
	const participants = ids.flatMap((actionId) => {
		const set = new Set([pick(orgs).id, pick(orgs).id]);
		return [...set].map((organisationId) => ({ actionId, organisationId }));
	});
	await insertInChunks(participants, 2000, (chunk) =>
		db.insert(actionParticipant).values(chunk).onConflictDoNothing()
	);
	await insertInChunks(
		ids.map((actionId) => ({ actionId, goalId: pick(goalRows).id })),
		2000,
		(chunk) => db.insert(actionGoal).values(chunk)
	);
	await insertInChunks(
		ids.flatMap((actionId) => [
			{ actionId, title: 'Oppstart', dueDate: '2025-03-01', doneOn: '2025-02-20' },
			{ actionId, title: 'Vedtak', dueDate: '2026-09-01' }
		]),
		2000,
		(chunk) => db.insert(milestone).values(chunk)
	);
	const updates = Array.from({ length: scale.updates }, (_, i) => ({
		actionId: ids[i % ids.length],
		authorName: 'Kontaktperson',
		createdAt: new Date(now.getTime() - (i % 700) * 86_400_000),
		text: `Eksempeltekst: statusoppdatering nummer ${i + 1}.`,
		nextSteps: 'Eksempeltekst: neste steg.',
		status: pick(actionStatuses),
		progress: Math.floor(random() * 101),
		isPublic: random() < 0.8
	}));
	await insertInChunks(updates, 2000, (chunk) => db.insert(progressUpdate).values(chunk));
	const statuses = ['new', 'in_work', 'sent', 'not_answered'] as const;
	const hearings = Array.from({ length: scale.hearings ?? 0 }, (_, i) => {
		const deadline = new Date(now.getTime() + ((i % 730) - 365) * 86_400_000);
		return {
			title: `Eksempel: høring nummer ${i + 1}`,
			issuerId: pick(orgs).id,
			publicDeadline: deadline.toISOString().slice(0, 10),
			internalDeadline: new Date(deadline.getTime() - 14 * 86_400_000).toISOString().slice(0, 10),
			status: statuses[i % statuses.length],
			description: 'Eksempeltekst: hva høringen gjelder.',
			isExample: true
		};
	});
	const hearingIds = (
		await insertInChunks<(typeof hearings)[number], { id: number }>(hearings, 500, (chunk) =>
			db.insert(hearing).values(chunk).returning({ id: hearing.id })
		)
	).map((h) => h.id);
	const statementRows = Array.from({ length: scale.statements ?? 0 }, (_, i) => ({
		hearingId: hearingIds[i] ?? null,
		title: `Eksempel: uttalelse nummer ${i + 1}`,
		recipient: 'Eksempel: mottaker',
		status: 'sent' as const,
		frozenAt: now,
		sentOn: now.toISOString().slice(0, 10),
		sentTo: 'Eksempel: mottaker',
		isExample: true
	}));
	const statementIds = (
		await insertInChunks<(typeof statementRows)[number], { id: number }>(
			statementRows,
			500,
			(chunk) => db.insert(statement).values(chunk).returning({ id: statement.id })
		)
	).map((s) => s.id);
	await insertInChunks(
		statementIds.map((statementId) => ({
			statementId,
			number: 1,
			authorName: 'Sekretariatet',
			sections: Array.from({ length: 4 }, (_, k) => ({
				key: `del-${k + 1}`,
				heading: `Del ${k + 1}`,
				body: 'Eksempeltekst: **partnerskapet** mener at tiltaket må prioriteres.\n\n- første punkt\n- andre punkt'
			}))
		})),
		500,
		(chunk) => db.insert(statementVersion).values(chunk)
	);
	const positionValues = ['endorses', 'endorses', 'reservation', 'declines', 'undecided'] as const;
	await insertInChunks(
		statementIds.flatMap((statementId) =>
			orgs.map((org, k) => {
				const position = positionValues[(statementId + k) % positionValues.length];
				return {
					statementId,
					organisationId: org.id,
					position,
					reservation: position === 'reservation' ? 'Eksempeltekst: en særmerknad.' : '',
					decidedBy: 'Formannskapet',
					decidedOn: now.toISOString().slice(0, 10),
					caseNumber: `${k + 1}/26`,
					recordedByName: 'Sekretariatet'
				};
			})
		),
		2000,
		(chunk) => db.insert(statementPosition).values(chunk)
	);
	await db.execute(sql`analyze`);
	return { programmeId: programme.id, firstCode: 'HA0001', firstStatementId: statementIds[0] };
}
