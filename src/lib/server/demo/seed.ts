import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { asc, count, eq, like, sql } from 'drizzle-orm';
import type { Tx } from '../core/context.ts';
import type { Db } from '../platform/db/client.ts';
import {
	action,
	actionGoal,
	actionParticipant,
	actionProgramme,
	milestone,
	progressUpdate
} from '../actions/schema.ts';
import { organisation } from '../partners/schema.ts';
import { goal, strategy, theme } from '../strategy/schema.ts';
import { createUserWithPassword } from '../users/commands.ts';
import { account, user } from '../users/schema.ts';
import { seedDemoCommitments } from './commitments.ts';
import { seedDemoHearings } from './hearings.ts';
import { seedDemoImpact } from './impact.ts';
import { seedDemoMatters } from './matters.ts';
import { seedDemoRelations } from './relations.ts';
import { seedDemoCommunication } from './communication.ts';
import { seedDemoKnowledge } from './knowledge.ts';
import { seedDemoDocuments } from './documents.ts';
import { seedDemoWorkshops } from './workshops.ts';
import { seedDemoStatements } from './statements.ts';
import { seedDemoRound } from './priorities.ts';
import { seedDemoBodies } from './bodies.ts';
import { seedDemoMeetings } from './meetings.ts';
import { actionStatuses } from '../../schemas/values.ts';
import { exampleTitles, goals, knownActions, partners, strategyFacts, themes } from './facts.ts';

export const DEMO_PASSWORD = 'samstemt-demo-2024';
export const DEMO_DOMAIN = 'demo.samstemt.no';

export interface DemoLogin {
	email: string;
	role: string;
	organisation: string | null;
}

/** Small deterministic generator, so that every seeded demo looks the same. */
export function prng(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const day = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The strategy with its goals, and the themes: the same facts in the demo and the benchmark. */
export async function seedStrategy(db: Db | Tx) {
	const [strat] = await db.insert(strategy).values(strategyFacts).returning();
	const goalRows = await db
		.insert(goal)
		.values(goals.map((title, i) => ({ strategyId: strat.id, number: i + 1, title })))
		.returning();
	const themeRows = await db
		.insert(theme)
		.values(themes.map((t, i) => ({ ...t, sortOrder: i + 1 })))
		.returning();
	return { strat, goalRows, themeRows };
}

/**
 * The demo logins that still have the demo password, to print at every start: seeded users share
 * one hash, so it takes one check per distinct hash, not one per user.
 */
export async function demoLoginsInUse(db: Db): Promise<DemoLogin[]> {
	const rows = await db
		.select({
			email: user.email,
			role: user.role,
			organisation: organisation.shortName,
			hash: account.password
		})
		.from(user)
		.innerJoin(account, eq(account.userId, user.id))
		.leftJoin(organisation, eq(organisation.id, user.organisationId))
		.where(like(user.email, `%@${DEMO_DOMAIN}`))
		.orderBy(asc(user.createdAt), asc(user.email));
	const demo = new Map<string, boolean>();
	for (const hash of new Set(rows.map((r) => r.hash).filter((h): h is string => Boolean(h))))
		demo.set(hash, await verifyPassword({ hash, password: DEMO_PASSWORD }).catch(() => false));
	return rows
		.filter((r) => r.hash && demo.get(r.hash))
		.map(({ email, role, organisation: org }) => ({ email, role, organisation: org }));
}

export async function isSeeded(db: Db | Tx): Promise<boolean> {
	const [{ n }] = await db.select({ n: count() }).from(organisation);
	return n > 0;
}

// An arbitrary constant: the advisory lock that lets one of several instances started together seed.
const SEED_LOCK = 74_120_502;

/**
 * Seeds the demo into an empty database, once however many instances start together on it: the
 * check and the seeding share one transaction that holds an advisory lock, so the others wait for
 * it, then find the demo there. Returns the logins, or null when the database was not empty.
 */
export async function seedDemoOnce(
	db: Db,
	options: { now?: Date; passwordHash?: string } = {}
): Promise<DemoLogin[] | null> {
	if (await isSeeded(db)) return null;
	const passwordHash = options.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
		if (await isSeeded(tx)) return null;
		return seedInto(tx, { ...options, passwordHash });
	});
}

/** Seeds the Innherredsbyen demo. Dates of progress are relative to `now` so the dashboard has something to show. */
export async function seedDemo(
	db: Db,
	options: { now?: Date; passwordHash?: string } = {}
): Promise<DemoLogin[]> {
	const passwordHash = options.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
	return db.transaction((tx) => seedInto(tx, { ...options, passwordHash }));
}

async function seedInto(
	tx: Tx,
	options: { now?: Date; passwordHash: string }
): Promise<DemoLogin[]> {
	const now = options.now ?? new Date();
	const random = prng(2021);
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
	const passwordHash = options.passwordHash;
	const orgs = await tx
		.insert(organisation)
		.values(partners.map((p) => ({ ...p, description: '' })))
		.returning();
	const orgBySlug = new Map(orgs.map((o) => [o.slug, o]));
	const { strat, goalRows, themeRows } = await seedStrategy(tx);
	const themeBySlug = new Map(themeRows.map((t) => [t.slug, t]));
	const [programme] = await tx
		.insert(actionProgramme)
		.values({
			strategyId: strat.id,
			title: 'Handlingsprogram 2021–2024',
			periodStart: 2021,
			periodEnd: 2024,
			status: 'current',
			slug: '2021-2024',
			adoptedOn: '2021-05-18'
		})
		.returning();

	let exampleIndex = 0;
	for (let n = 1; n <= 33; n++) {
		const code = `HA${String(n).padStart(2, '0')}`;
		const known = knownActions[code];
		const [title, themeSlug] = known ? [known.title, known.theme] : exampleTitles[exampleIndex++];
		const lead = known ? orgBySlug.get(known.lead)! : pick(orgs);
		const status = n === 16 || n === 18 ? 'in_progress' : pick(actionStatuses);
		const progress =
			status === 'done' ? 100 : status === 'not_started' ? 0 : 10 + Math.floor(random() * 8) * 10;
		const lastUpdateDaysAgo = Math.floor(random() * 200);
		const hasUpdates = status !== 'not_started';
		const [row] = await tx
			.insert(action)
			.values({
				programmeId: programme.id,
				code,
				title,
				description: `Eksempeltekst: beskrivelsen av ${code} er laget for demonstrasjonen og er ikke partnerskapets egen tekst.`,
				themeId: themeBySlug.get(themeSlug)!.id,
				horizon: pick(['short', 'medium', 'long'] as const),
				leadOrganisationId: lead.id,
				status,
				progress,
				dueDate: `${2023 + Math.floor(random() * 4)}-${pick(['03', '06', '09', '12'])}-30`,
				isExample: !known,
				lastProgressAt: hasUpdates ? new Date(now.getTime() - lastUpdateDaysAgo * day) : null
			})
			.returning();
		const others = orgs.filter((o) => o.id !== lead.id);
		const participants = new Set<number>();
		for (let k = 0; k < 1 + Math.floor(random() * 3); k++) participants.add(pick(others).id);
		await tx
			.insert(actionParticipant)
			.values([...participants].map((organisationId) => ({ actionId: row.id, organisationId })));
		const goalIds = new Set([pick(goalRows).id, pick(goalRows).id]);
		await tx
			.insert(actionGoal)
			.values([...goalIds].map((goalId) => ({ actionId: row.id, goalId })));
		await tx.insert(milestone).values([
			{
				actionId: row.id,
				title: 'Eksempel: oppstart og organisering',
				dueDate: iso(new Date(now.getTime() - 400 * day)),
				doneOn: iso(new Date(now.getTime() - 390 * day))
			},
			{
				actionId: row.id,
				title: 'Eksempel: utkast til behandling i styringsgruppen',
				dueDate: iso(new Date(now.getTime() + (random() < 0.3 ? -30 : 60) * day))
			}
		]);
		if (hasUpdates) {
			await tx.insert(progressUpdate).values([
				{
					actionId: row.id,
					authorName: `Kontaktperson ${lead.shortName}`,
					createdAt: new Date(now.getTime() - (lastUpdateDaysAgo + 120) * day),
					text: 'Eksempeltekst: arbeidet er startet, og det er etablert en arbeidsgruppe.',
					nextSteps: 'Eksempeltekst: kartlegge dagens situasjon.',
					status: 'in_progress',
					progress: Math.max(10, progress - 20),
					isPublic: true
				},
				{
					actionId: row.id,
					authorName: `Kontaktperson ${lead.shortName}`,
					createdAt: new Date(now.getTime() - lastUpdateDaysAgo * day),
					text: 'Eksempeltekst: status er drøftet med partnerne.',
					nextSteps: 'Eksempeltekst: legge fram forslag for styringsgruppen.',
					status,
					progress,
					isPublic: true
				}
			]);
		}
	}

	const logins: DemoLogin[] = [];
	const addUser = async (
		local: string,
		name: string,
		role: 'admin' | 'secretariat' | 'partner' | 'reader',
		orgSlug: string | null
	) => {
		const org = orgSlug ? orgBySlug.get(orgSlug)! : null;
		const email = `${local}@${DEMO_DOMAIN}`;
		return createUserWithPassword(tx, {
			name,
			email,
			role,
			organisationId: org?.id ?? null,
			passwordHash
		}).then((created) => {
			logins.push({ email, role, organisation: org?.shortName ?? null });
			return created;
		});
	};
	await addUser('admin', 'Administrator', 'admin', 'innherred-regionrad');
	const secretariat = await addUser(
		'sekretariat',
		'Sekretariatet',
		'secretariat',
		'innherred-regionrad'
	);
	for (const slug of ['steinkjer', 'verdal', 'levanger', 'frosta', 'inderoy', 'snasa']) {
		const org = orgBySlug.get(slug)!;
		await addUser(slug, `Kontaktperson ${org.shortName}`, 'partner', slug);
	}
	await addUser('leser', 'Lesetilgang', 'reader', null);
	await seedDemoHearings(tx, programme.id, secretariat.id, now);
	await seedDemoStatements(tx, secretariat.id);
	await seedDemoImpact(tx);
	await seedDemoRound(tx, programme.id, secretariat.id);
	await seedDemoBodies(tx);
	await seedDemoMeetings(tx, secretariat.id);
	await seedDemoCommitments(tx, programme.id, secretariat.id, now);
	await seedDemoRelations(tx, programme.id, now);
	await seedDemoMatters(tx, programme.id);
	await seedDemoWorkshops(tx, programme.id);
	await seedDemoCommunication(tx, programme.id, now);
	await seedDemoKnowledge(tx, programme.id);
	await seedDemoDocuments(tx);
	return logins;
}
