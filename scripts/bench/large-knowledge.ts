import { eq } from 'drizzle-orm';
import { action } from '../../src/lib/server/actions/schema.ts';
import { prng } from '../../src/lib/server/demo/seed.ts';
import {
	indicator,
	indicatorLink,
	indicatorTarget,
	indicatorValue
} from '../../src/lib/server/knowledge/schema.ts';
import type { Db } from '../../src/lib/server/platform/db/client.ts';
import { zeroGrowthMeasures } from '../../src/lib/schemas/values.ts';

export interface KnowledgeScale {
	indicators: number;
	years: number;
}

const places = [
	['5006', 'Steinkjer'],
	['5036', 'Frosta'],
	['5037', 'Levanger'],
	['5038', 'Verdal'],
	['5041', 'Snåsa'],
	['5053', 'Inderøy']
] as const;

/**
 * Seeds indicators with a figure a year for each of the six municipalities, every third one
 * following the zero-growth target with a target from a base year and linked to action points,
 * for the benchmark. Returns the slug of an indicator with a chart to load.
 */
export async function seedLargeKnowledge(db: Db, scale: KnowledgeScale, programmeId: number) {
	const random = prng(17);
	const actions = await db
		.select({ id: action.id })
		.from(action)
		.where(eq(action.programmeId, programmeId))
		.limit(scale.indicators);
	const last = 2024;
	const years = Array.from({ length: scale.years }, (_, i) => last - scale.years + 1 + i);
	for (let n = 0; n < scale.indicators; n++) {
		const zero = n % 3 === 0 ? zeroGrowthMeasures[(n / 3) % zeroGrowthMeasures.length] : null;
		const [row] = await db
			.insert(indicator)
			.values({
				slug: `indikator-${n + 1}`,
				name: `Indikator ${n + 1}`,
				description: 'Ytelsestest: et tall i året for hver kommune.',
				unit: 'reiser',
				source: 'Ytelsestest',
				geography: 'municipality',
				resolution: 'year',
				direction: n % 2 ? 'up' : 'down',
				chart: 'line',
				zeroGrowth: zero,
				featureOrder: n < 4 ? n + 1 : null
			})
			.returning({ id: indicator.id });
		let level = 10_000 + random() * 5_000;
		const values = years.flatMap((year) => {
			level *= 0.98 + random() * 0.05;
			return places.map(([code, name], p) => ({
				indicatorId: row.id,
				period: String(year),
				periodStart: `${year}-01-01`,
				place: code,
				placeName: name,
				value: Math.round(level * (0.2 + p * 0.15))
			}));
		});
		await db.insert(indicatorValue).values(values);
		if (zero) {
			await db.insert(indicatorTarget).values({
				indicatorId: row.id,
				place: '5037',
				kind: 'change',
				value: 0,
				basePeriod: String(last - 5),
				dueOn: '2030-12-31',
				description: 'Nullvekst innen 2030'
			});
			const linked = actions[n % actions.length];
			if (linked)
				await db
					.insert(indicatorLink)
					.values({ indicatorId: row.id, kind: 'action', targetId: linked.id });
		}
	}
	return { indicatorSlug: 'indikator-1' };
}
