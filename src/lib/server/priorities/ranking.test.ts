import { describe, expect, it } from 'vitest';
import { rankActions, type Score } from './ranking.ts';

// Hand-computed: criteria A (weight 2) and B (weight 1); action points X (id 1) and Y (id 2).
//   X: org 10 → (2·5 + 1·2)/3 = 4, org 20 → (2·3 + 1·3)/3 = 3, org 30 → (2·4 + 1·1)/3 = 3
//      mean 10/3 ≈ 3.333, spread √(((2/3)² + (1/3)² + (1/3)²)/3) = √(2/9) ≈ 0.4714
//   Y: org 10 → (2·2 + 1·5)/3 = 3, org 20 → (2·5 + 1·5)/3 = 5, org 30 → (2·5 + 1·2)/3 = 4
//      mean 4, spread √((1 + 1 + 0)/3) ≈ 0.8165
const criteria = [
	{ id: 100, weight: 2 },
	{ id: 200, weight: 1 }
];
const table: [number, number, number, number][] = [
	// action, organisation, A, B
	[1, 10, 5, 2],
	[1, 20, 3, 3],
	[1, 30, 4, 1],
	[2, 10, 2, 5],
	[2, 20, 5, 5],
	[2, 30, 5, 2]
];
const scores: Score[] = table.flatMap(([actionId, organisationId, a, b]) => [
	{ actionId, organisationId, criterionId: 100, score: a },
	{ actionId, organisationId, criterionId: 200, score: b }
]);

describe('rankActions', () => {
	it('ranks by the mean weighted score and shows each partner and the spread', () => {
		const [first, second] = rankActions([1, 2], criteria, scores);
		expect(first.actionId).toBe(2);
		expect(first.rank).toBe(1);
		expect(first.weighted).toBeCloseTo(4, 10);
		expect(first.spread).toBeCloseTo(Math.sqrt(2 / 3), 10);
		expect(Object.fromEntries(first.byOrganisation)).toEqual({ 10: 3, 20: 5, 30: 4 });
		expect(second.actionId).toBe(1);
		expect(second.weighted).toBeCloseTo(10 / 3, 10);
		expect(second.spread).toBeCloseTo(Math.sqrt(2 / 9), 10);
	});

	it('leaves out an organisation that has not scored every criterion, and unscored points last', () => {
		const partial = [...scores, { actionId: 3, organisationId: 10, criterionId: 100, score: 5 }];
		const ranked = rankActions([3, 1, 2], criteria, partial);
		expect(ranked.map((r) => r.actionId)).toEqual([2, 1, 3]);
		expect(ranked[2]).toMatchObject({ weighted: null, spread: null, rank: 3 });
	});
});
