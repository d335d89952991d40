// The demo's indicators, from the real figures in the partnership's own material: the travel survey
// (RVU Innherred, September 2019), commuting in 2023 (SSB table 03321) and Trønderbanen's local
// train journeys (2012 and 2019). Other values are examples and are marked so.
import { and, eq, inArray } from 'drizzle-orm';
import { action } from '../actions/schema.ts';
import type { Tx } from '../core/context.ts';
import { indicator, indicatorLink, indicatorTarget, indicatorValue } from '../knowledge/schema.ts';
import { periodStart } from '../../periods.ts';
import { goal } from '../strategy/schema.ts';

type Value = [
	period: string,
	place: string,
	placeName: string,
	series: string,
	value: number,
	example?: boolean
];

interface DemoIndicator {
	row: Omit<typeof indicator.$inferInsert, 'slug'> & { slug: string };
	values: Value[];
	goals: number[];
	actions: string[];
	targets?: Omit<typeof indicatorTarget.$inferInsert, 'indicatorId'>[];
}

const municipalities: [string, string, number][] = [
	['5006', 'Steinkjer', 24_400],
	['5036', 'Frosta', 2_620],
	['5037', 'Levanger', 20_500],
	['5038', 'Verdal', 15_100],
	['5041', 'Snåsa', 2_010],
	['5053', 'Inderøy', 6_800]
];

const demo: DemoIndicator[] = [
	{
		row: {
			slug: 'reisemiddelfordeling',
			zeroGrowth: 'active_travel',
			name: 'Reisemiddelfordeling i Innherred',
			description:
				'Andelen av reisene med hvert reisemiddel. Reisevaneundersøkelsen viste 4,6 reiser per person per dag.',
			unit: '%',
			source: 'Reisevaneundersøkelse (RVU) Innherred, september 2019',
			geography: 'region',
			resolution: 'survey',
			direction: 'down',
			chart: 'stacked',
			featureOrder: 1
		},
		values: [
			['2019-09', 'region', 'Innherred', 'Bilfører', 61],
			['2019-09', 'region', 'Innherred', 'Gange, sykkel og kollektiv', 33],
			['2019-09', 'region', 'Innherred', 'Bilpassasjer', 5]
		],
		goals: [1, 5],
		actions: ['HA23', 'HA27'],
		targets: [
			{
				place: 'region',
				series: 'Bilfører',
				kind: 'level',
				value: 55,
				dueOn: '2030-12-31',
				description: 'Eksempel: Bilførerandelen ned til 55 % innen 2030',
				isExample: true
			}
		]
	},
	{
		row: {
			slug: 'reiser-per-person',
			name: 'Reiser per person per dag',
			unit: 'reiser',
			source: 'Reisevaneundersøkelse (RVU) Innherred, september 2019',
			geography: 'region',
			resolution: 'survey',
			direction: 'up',
			chart: 'bar'
		},
		values: [['2019-09', 'region', 'Innherred', '', 4.6]],
		goals: [2],
		actions: []
	},
	{
		row: {
			slug: 'arbeidspendling',
			name: 'Arbeidspendling mellom kommunene',
			description: 'Sysselsatte i 4. kvartal etter bostedskommune og arbeidsstedskommune.',
			unit: 'personer',
			source: 'SSB, tabell 03321',
			licence: 'CC BY 4.0',
			geography: 'municipality',
			resolution: 'year',
			direction: 'up',
			chart: 'matrix',
			ssbTable: '03321',
			featureOrder: 2
		},
		values: [
			['2023', '5038>5037', 'Verdal → Levanger', '', 1_334],
			['2023', '5037>5038', 'Levanger → Verdal', '', 1_059]
		],
		goals: [2],
		actions: []
	},
	{
		row: {
			slug: 'tronderbanen-reiser',
			zeroGrowth: 'public_transport',
			name: 'Reiser med lokaltog på Trønderbanen',
			unit: 'reiser',
			source: 'Trøndelag fylkeskommune',
			geography: 'rail_line',
			resolution: 'year',
			direction: 'up',
			chart: 'line',
			featureOrder: 3
		},
		values: [
			['2012', 'tronderbanen', 'Trønderbanen', '', 974_000],
			['2019', 'tronderbanen', 'Trønderbanen', '', 1_455_000]
		],
		goals: [4, 5],
		actions: ['HA18']
	},
	{
		row: {
			slug: 'tronderbanen-avganger',
			name: 'Avganger i timen på Trønderbanen',
			description:
				'Representantskapets innspill til Nasjonal transportplan: to tog i timen innen 2027.',
			unit: 'avganger',
			source: 'Eksempel',
			geography: 'rail_line',
			resolution: 'year',
			direction: 'up',
			chart: 'line'
		},
		values: [
			['2023', 'tronderbanen', 'Trønderbanen', '', 1, true],
			['2024', 'tronderbanen', 'Trønderbanen', '', 1, true]
		],
		goals: [4, 5],
		actions: ['HA18'],
		targets: [
			{
				place: 'tronderbanen',
				series: '',
				kind: 'level',
				value: 2,
				dueOn: '2027-12-31',
				description: 'To tog i timen innen 2027'
			}
		]
	},
	{
		row: {
			slug: 'befolkning',
			name: 'Befolkning',
			unit: 'personer',
			source: 'SSB, tabell 07459',
			licence: 'CC BY 4.0',
			geography: 'municipality',
			resolution: 'year',
			direction: 'up',
			chart: 'line',
			ssbTable: '07459'
		},
		values: municipalities.flatMap(([code, name, people]) =>
			[2020, 2021, 2022, 2023, 2024].map((year, i): Value => [
				String(year),
				code,
				name,
				'',
				Math.round(people * (1 + 0.004 * i)),
				true
			])
		),
		goals: [2],
		actions: []
	},
	{
		row: {
			slug: 'biltrafikk-e6-levanger',
			zeroGrowth: 'car_traffic',
			name: 'Biltrafikk på E6 ved Levanger',
			description:
				'Kjøretøy per døgn (årsdøgntrafikk). Nullvekstmålet: ingen vekst i persontrafikken med bil.',
			unit: 'kjøretøy per døgn',
			source: 'Eksempel',
			geography: 'road_section',
			resolution: 'year',
			direction: 'down',
			chart: 'line',
			isExample: true
		},
		values: [2019, 2020, 2021, 2022, 2023, 2024].map((year, i): Value => [
			String(year),
			'e6-levanger',
			'E6 ved Levanger',
			'',
			[14_800, 13_900, 14_300, 14_900, 15_200, 15_400][i],
			true
		]),
		goals: [1],
		actions: ['HA16'],
		targets: [
			{
				place: 'e6-levanger',
				series: '',
				kind: 'change',
				value: 0,
				basePeriod: '2019',
				dueOn: '2030-12-31',
				description: 'Nullvekst fra 2019 innen 2030',
				isExample: true
			}
		]
	}
];

export async function seedDemoKnowledge(tx: Tx, programmeId: number) {
	const goals = await tx.select({ id: goal.id, number: goal.number }).from(goal);
	for (const item of demo) {
		const [row] = await tx.insert(indicator).values(item.row).returning({ id: indicator.id });
		await tx.insert(indicatorValue).values(
			item.values.map(([period, place, placeName, series, value, example]) => ({
				indicatorId: row.id,
				period,
				periodStart: periodStart(period)!,
				place,
				placeName,
				series,
				value,
				source: item.row.source ?? '',
				isExample: example ?? false
			}))
		);
		const actions = item.actions.length
			? await tx
					.select({ id: action.id })
					.from(action)
					.where(and(eq(action.programmeId, programmeId), inArray(action.code, item.actions)))
			: [];
		const links = [
			...goals
				.filter((g) => item.goals.includes(g.number))
				.map((g) => ({ kind: 'goal' as const, targetId: g.id })),
			...actions.map((a) => ({ kind: 'action' as const, targetId: a.id }))
		];
		if (links.length)
			await tx.insert(indicatorLink).values(links.map((l) => ({ ...l, indicatorId: row.id })));
		if (item.targets?.length)
			await tx
				.insert(indicatorTarget)
				.values(item.targets.map((t) => ({ ...t, indicatorId: row.id })));
	}
}
