import { and, eq, inArray } from 'drizzle-orm';
import { action } from '../actions/schema.ts';
import { commitment, commitmentEntry, commitmentLink } from '../commitments/schema.ts';
import type { Tx } from '../core/context.ts';
import { organisation } from '../partners/schema.ts';
import { osloDate } from '../shared/dates.ts';
import { theme } from '../strategy/schema.ts';

const day = 86_400_000;

type Status = 'open' | 'delivered' | 'delayed';
interface DemoCommitment {
	actor: string;
	promise: string;
	sourceKind: 'agreement' | 'ntp' | 'meeting_decision' | 'letter' | 'hearing_answer';
	sourceTitle: string;
	source: number;
	due: number;
	/** What happened since, in order: a status, the day it was recorded, its evidence. */
	history: { status: Status; on: number; evidence: string; newDue?: number }[];
	theme: string;
	actions: string[];
	isPublic: boolean;
}

/**
 * Invented commitments, all marked as examples, dated from `now` so that the demo shows one
 * delivered, one delayed with a new date and open ones. None falls due within 14 days of `now`:
 * reminders of the demo would otherwise reach the outbox the moment it is seeded.
 */
const demo: DemoCommitment[] = [
	{
		actor: 'bane-nor',
		promise:
			'Eksempel: Bane NOR utreder nye kryssingsspor på Trønderbanen mellom Levanger og Steinkjer.',
		sourceKind: 'meeting_decision',
		sourceTitle: 'Møte mellom Bane NOR og Innherredsbyen',
		source: -200,
		due: -20,
		history: [
			{
				status: 'delivered',
				on: -15,
				evidence: 'Eksempel: Utredningen ble lagt fram for styringsgruppen.'
			}
		],
		theme: 'jernbane',
		actions: ['HA27'],
		isPublic: true
	},
	{
		actor: 'nye-veier',
		promise:
			'Eksempel: Nye Veier legger fram problemanalysen for E6 Åsen–Steinkjer for regionen før den sendes videre.',
		sourceKind: 'hearing_answer',
		sourceTitle: 'Svar på Innherredsbyens uttalelse',
		source: -120,
		due: -10,
		history: [
			{
				status: 'delayed',
				on: -12,
				evidence: 'Eksempel: Nye Veier varslet i brev at analysen kommer senere.',
				newDue: 90
			}
		],
		theme: 'veg',
		actions: [],
		isPublic: true
	},
	{
		actor: 'atb',
		promise: 'Eksempel: AtB tar Innherredsbyens innspill med i arbeidet med neste anbudsperiode.',
		sourceKind: 'letter',
		sourceTitle: 'Brev fra AtB',
		source: -60,
		due: 120,
		history: [],
		theme: 'kollektiv',
		actions: [],
		isPublic: true
	},
	{
		actor: 'jernbanedirektoratet',
		promise:
			'Eksempel: Jernbanedirektoratet vurderer to tog i timen på Trønderbanen i neste togtilbud.',
		sourceKind: 'ntp',
		sourceTitle: 'Nasjonal transportplan',
		source: -300,
		due: 400,
		history: [],
		theme: 'jernbane',
		actions: ['HA27'],
		isPublic: true
	},
	{
		actor: 'statens-vegvesen',
		promise: 'Eksempel: Statens vegvesen deler trafikktall for E6 gjennom Innherred hvert kvartal.',
		sourceKind: 'agreement',
		sourceTitle: 'Samarbeidsavtale',
		source: -90,
		due: 45,
		history: [],
		theme: 'veg',
		actions: [],
		isPublic: false
	}
];

export async function seedDemoCommitments(
	tx: Tx,
	programmeId: number,
	recordedBy: string,
	now: Date
) {
	const relative = (days: number) => osloDate(new Date(now.getTime() + days * day));
	const orgs = new Map(
		(await tx.select({ id: organisation.id, slug: organisation.slug }).from(organisation)).map(
			(o) => [o.slug, o.id]
		)
	);
	const themes = new Map(
		(await tx.select({ id: theme.id, slug: theme.slug }).from(theme)).map((t) => [t.slug, t.id])
	);
	for (const c of demo) {
		const last = c.history.at(-1);
		const dueOn = relative(c.due);
		const [row] = await tx
			.insert(commitment)
			.values({
				actorId: orgs.get(c.actor)!,
				promise: c.promise,
				sourceKind: c.sourceKind,
				sourceTitle: c.sourceTitle,
				sourceOn: relative(c.source),
				dueOn,
				currentDueOn: last?.newDue ? relative(last.newDue) : dueOn,
				status: last?.status ?? 'open',
				isPublic: c.isPublic,
				isExample: true,
				version: 1 + c.history.length
			})
			.returning({ id: commitment.id });
		await tx.insert(commitmentEntry).values([
			{
				commitmentId: row.id,
				on: relative(c.source),
				status: 'open' as const,
				recordedBy,
				recordedByName: 'Sekretariatet'
			},
			...c.history.map((h) => ({
				commitmentId: row.id,
				on: relative(h.on),
				status: h.status,
				newDueOn: h.newDue ? relative(h.newDue) : null,
				evidence: h.evidence,
				recordedBy,
				recordedByName: 'Sekretariatet'
			}))
		]);
		const actionIds = c.actions.length
			? await tx
					.select({ id: action.id })
					.from(action)
					.where(and(eq(action.programmeId, programmeId), inArray(action.code, c.actions)))
			: [];
		await tx
			.insert(commitmentLink)
			.values([
				{ commitmentId: row.id, kind: 'theme' as const, targetId: themes.get(c.theme)! },
				...actionIds.map((a) => ({ commitmentId: row.id, kind: 'action' as const, targetId: a.id }))
			]);
	}
}
