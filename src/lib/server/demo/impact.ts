import { eq } from 'drizzle-orm';
import type { Tx } from '../core/context.ts';
import { statementDemand, statementImpact } from '../impact/schema.ts';
import { statement } from '../statements/schema.ts';

/**
 * The demands of the NTP input, as its sections ask, with outcomes that are examples and marked
 * so; the E6 statement's demands await a decision.
 */
const demo = [
	{
		title: 'Innspill til Nasjonal transportplan 2025–2036',
		decision: {
			decision: 'Eksempel: Stortingets behandling av Nasjonal transportplan 2025–2036',
			decidedOn: '2024-06-14'
		},
		demands: [
			['To tog i timen på Trønderbanen innen 2027', 'partly', 'Eksempel: Delvis fulgt opp.'],
			[
				'Full finansiering av E6 Åsen–Steinkjer',
				'not_met',
				'Eksempel: Ikke prioritert i første periode.'
			],
			['En belønningsavtale for Innherredsbyen', 'open', '']
		]
	},
	{
		title: 'Uttalelse til Problemanalyse E6 Åsen–Steinkjer',
		decision: null,
		demands: [
			['Eksempel: E6 sees som én sammenheng fra Åsen til Steinkjer', 'open', ''],
			['Eksempel: Trygge løsninger for lokaltrafikk, gående og syklende', 'open', '']
		]
	}
] as const;

export async function seedDemoImpact(tx: Tx) {
	for (const s of demo) {
		const [row] = await tx
			.select({ id: statement.id })
			.from(statement)
			.where(eq(statement.title, s.title));
		if (!row) continue;
		await tx.insert(statementImpact).values({ statementId: row.id, ...(s.decision ?? {}) });
		await tx.insert(statementDemand).values(
			s.demands.map(([text, outcome, evidence], i) => ({
				statementId: row.id,
				position: i + 1,
				text,
				outcome,
				evidence
			}))
		);
	}
}
