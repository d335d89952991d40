export interface Score {
	organisationId: number;
	actionId: number;
	criterionId: number;
	score: number;
}

export interface RankedAction {
	actionId: number;
	rank: number;
	/** Mean of the organisations' weighted scores; null when nobody has scored it fully. */
	weighted: number | null;
	/** Each organisation's weighted score, over the criteria weights. */
	byOrganisation: Map<number, number>;
	/** Population standard deviation of the organisations' weighted scores: where they disagree. */
	spread: number | null;
}

/**
 * The result of a round. An organisation's weighted score of an action point is Σ(weight × score)
 * / Σ weight over every criterion; an organisation that has not scored every criterion of a point
 * is left out of that point. Points are ranked by the mean of those scores, highest first; ties
 * keep the given order (the action points' codes).
 */
export function rankActions(
	actionIds: readonly number[],
	criteria: readonly { id: number; weight: number }[],
	scores: readonly Score[]
): RankedAction[] {
	const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
	const weightOf = new Map(criteria.map((c) => [c.id, c.weight]));
	const cells = new Map<string, Map<number, number>>();
	for (const s of scores) {
		if (!weightOf.has(s.criterionId)) continue;
		const key = `${s.actionId}:${s.organisationId}`;
		if (!cells.has(key)) cells.set(key, new Map());
		cells.get(key)!.set(s.criterionId, s.score);
	}
	const rows = actionIds.map((actionId, order) => {
		const byOrganisation = new Map<number, number>();
		for (const [key, byCriterion] of cells) {
			const [a, organisationId] = key.split(':').map(Number);
			if (a !== actionId || byCriterion.size !== criteria.length) continue;
			let sum = 0;
			for (const [criterionId, score] of byCriterion) sum += weightOf.get(criterionId)! * score;
			byOrganisation.set(organisationId, sum / totalWeight);
		}
		const values = [...byOrganisation.values()];
		const weighted = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
		const spread =
			weighted !== null && values.length > 1
				? Math.sqrt(values.reduce((acc, v) => acc + (v - weighted) ** 2, 0) / values.length)
				: null;
		return { actionId, order, weighted, byOrganisation, spread };
	});
	rows.sort((a, b) => (b.weighted ?? -1) - (a.weighted ?? -1) || a.order - b.order);
	return rows.map(({ order: _order, ...row }, i) => ({ ...row, rank: i + 1 }));
}
