import { and, eq } from 'drizzle-orm';
import type { Tx } from '../core/context.ts';
import { osloDate } from '../shared/dates.ts';
import { action } from '../actions/schema.ts';
import { hearing, hearingAction, hearingTheme } from '../hearings/schema.ts';
import { organisation } from '../partners/schema.ts';
import { theme } from '../strategy/schema.ts';

const day = 86_400_000;

/**
 * The hearings of the demo: Nye Veier's problem analysis for E6 Åsen–Steinkjer (real, answered),
 * and two invented open ones dated from `now`, one of them past its internal deadline.
 */
export async function seedDemoHearings(
	tx: Tx,
	programmeId: number,
	responsibleUserId: string,
	now: Date
) {
	const orgId = async (slug: string) =>
		(
			await tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.slug, slug))
		)[0].id;
	const themeId = async (slug: string) =>
		(await tx.select({ id: theme.id }).from(theme).where(eq(theme.slug, slug)))[0].id;
	const relative = (days: number) => osloDate(new Date(now.getTime() + days * day));

	const rows = [
		{
			hearing: {
				title: 'Problemanalyse E6 Åsen–Steinkjer',
				issuerId: await orgId('nye-veier'),
				referenceUrl: 'https://www.nyeveier.no/',
				receivedOn: '2024-06-28',
				publicDeadline: '2024-09-27',
				internalDeadline: '2024-09-13',
				status: 'sent' as const,
				description:
					'Eksempeltekst: Nye Veier ba om innspill til problemanalysen for E6 mellom Åsen og Steinkjer. Innherredsbyen svarte med én felles uttalelse.',
				isExample: false
			},
			themes: ['veg'],
			actions: [] as string[]
		},
		{
			hearing: {
				title: 'Eksempel: Forslag til rutetilbud for Innherred fra 2027',
				issuerId: await orgId('atb'),
				referenceUrl: null,
				receivedOn: relative(-14),
				publicDeadline: relative(30),
				internalDeadline: relative(16),
				status: 'in_work' as const,
				description:
					'Eksempeltekst: AtB ber om innspill til nytt rutetilbud for buss på Innherred.',
				isExample: true
			},
			themes: ['kollektiv'],
			actions: ['HA23', 'HA25']
		},
		{
			hearing: {
				title: 'Eksempel: Handlingsprogram for fylkesveger 2027–2030',
				issuerId: await orgId('trondelag-fylkeskommune'),
				referenceUrl: null,
				receivedOn: relative(-40),
				publicDeadline: relative(5),
				internalDeadline: relative(-2),
				status: 'new' as const,
				description:
					'Eksempeltekst: Fylkeskommunen sender handlingsprogrammet for fylkesveg på høring.',
				isExample: true
			},
			themes: ['veg', 'sykkel-gange'],
			actions: []
		}
	];
	for (const row of rows) {
		const [created] = await tx
			.insert(hearing)
			.values({ ...row.hearing, responsibleUserId })
			.returning({ id: hearing.id });
		for (const slug of row.themes)
			await tx.insert(hearingTheme).values({ hearingId: created.id, themeId: await themeId(slug) });
		for (const code of row.actions) {
			const [linked] = await tx
				.select({ id: action.id })
				.from(action)
				.where(and(eq(action.programmeId, programmeId), eq(action.code, code)));
			await tx.insert(hearingAction).values({ hearingId: created.id, actionId: linked.id });
		}
	}
}
