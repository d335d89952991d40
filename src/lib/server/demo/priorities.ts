import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../core/context.ts';
import { action } from '../actions/schema.ts';
import { organisation } from '../partners/schema.ts';
import {
	priorityCriterion,
	priorityRound,
	priorityRoundAction,
	priorityScore
} from '../priorities/schema.ts';
import { prng } from './seed.ts';

/**
 * An invented round in the spirit of the partners' 2023 workshops, closed and published, scored
 * by the six municipalities.
 */
export async function seedDemoRound(tx: Tx, programmeId: number, authorId: string) {
	const random = prng(2023);
	const [round] = await tx
		.insert(priorityRound)
		.values({
			title: 'Eksempel: Prioritering av handlingspunkter 2023',
			description: 'Eksempeldata: partnerne vurderte fem handlingspunkter i et arbeidsmøte.',
			opensOn: '2023-10-02',
			closesOn: '2023-10-20',
			published: true,
			isExample: true,
			createdBy: authorId
		})
		.returning({ id: priorityRound.id });
	const criteria = await tx
		.insert(priorityCriterion)
		.values([
			{ roundId: round.id, name: 'Effekt på målene', weight: 3, sortOrder: 0 },
			{ roundId: round.id, name: 'Gjennomførbarhet', weight: 2, sortOrder: 1 },
			{ roundId: round.id, name: 'Kostnad', weight: 1, sortOrder: 2 }
		])
		.returning({ id: priorityCriterion.id });
	const actions = await tx
		.select({ id: action.id })
		.from(action)
		.where(
			and(
				eq(action.programmeId, programmeId),
				inArray(action.code, ['HA16', 'HA18', 'HA23', 'HA25', 'HA27'])
			)
		);
	await tx
		.insert(priorityRoundAction)
		.values(actions.map((a) => ({ roundId: round.id, actionId: a.id })));
	const municipalities = await tx
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.kind, 'kommune'));
	await tx.insert(priorityScore).values(
		municipalities.flatMap((org) =>
			actions.flatMap((a) =>
				criteria.map((c) => ({
					roundId: round.id,
					organisationId: org.id,
					actionId: a.id,
					criterionId: c.id,
					score: 1 + Math.floor(random() * 5),
					scoredBy: authorId
				}))
			)
		)
	);
}
