import { and, eq } from 'drizzle-orm';
import { action } from '../actions/schema.ts';
import type { Tx } from '../core/context.ts';
import { workshop, workshopItem } from '../workshops/schema.ts';

/** The five points the partnership published from the group work of 12 April 2024. */
const points = [
	'Styrk samarbeidet og se i større grad areal, transport og næringsutvikling på tvers av kommunegrensene',
	'Fokuser på å gjøre noe med de store viktige linjene: E6 og Trønderbanen, og styrk matingspunktene inn mot dem',
	'Søk etter samarbeidskonstellasjoner som gjør handlingspunktene og målsetningene i areal- og transportstrategien mulig å oppnå',
	'Viktig å sørge for regional og nasjonal relevans og bygge muskler i Innherredsbyenprosjektet',
	'Snakk og utøv Innherredsbyen med felles stemme'
];

/** The workshop with its real points; the group names and what became of them are examples. */
export async function seedDemoWorkshops(tx: Tx, programmeId: number) {
	const [row] = await tx
		.insert(workshop)
		.values({
			title: 'Gruppearbeid i Innherredsbyen',
			heldOn: '2024-04-12',
			groups: ['Eksempel: Gruppe 1', 'Eksempel: Gruppe 2', 'Eksempel: Gruppe 3'],
			isPublic: true
		})
		.returning({ id: workshop.id });
	const items = await tx
		.insert(workshopItem)
		.values(
			points.map((text, i) => ({
				workshopId: row.id,
				position: i + 1,
				text,
				groupName: `Eksempel: Gruppe ${(i % 3) + 1}`
			}))
		)
		.returning({ id: workshopItem.id, position: workshopItem.position });
	const [ha27] = await tx
		.select({ id: action.id })
		.from(action)
		.where(and(eq(action.programmeId, programmeId), eq(action.code, 'HA27')));
	const byPosition = (n: number) => items.find((i) => i.position === n)!.id;
	if (ha27)
		await tx
			.update(workshopItem)
			.set({
				outcome: 'taken',
				actionId: ha27.id,
				note: 'Eksempel: Fulgt opp i arbeidet med Trønderbanen.',
				isExample: true
			})
			.where(eq(workshopItem.id, byPosition(2)));
	await tx
		.update(workshopItem)
		.set({ outcome: 'merged', mergedIntoId: byPosition(1), note: 'Eksempel.', isExample: true })
		.where(eq(workshopItem.id, byPosition(3)));
}
