import type { Tx } from '../core/context.ts';
import { body, bodyMember } from '../governance/schema.ts';
import { organisation } from '../partners/schema.ts';

type Seat = [person: string, orgSlug: string, role: typeof bodyMember.$inferInsert.role];

const councilTowns: [string, string][] = [
	['Levanger', 'levanger'],
	['Verdal', 'verdal'],
	['Inderøy', 'inderoy'],
	['Steinkjer', 'steinkjer'],
	['Snåsa', 'snasa']
];

/**
 * The partnership's bodies. Members are named by their role ("Representant Levanger 1"), not by
 * real names.
 */
const bodies: {
	slug: string;
	name: string;
	kind: typeof body.$inferInsert.kind;
	isPublic: boolean;
	description: string;
	seats: Seat[];
}[] = [
	{
		slug: 'representantskapet',
		name: 'Representantskapet i Innherred regionråd',
		kind: 'council',
		isPublic: true,
		description:
			'Regionrådets representantskap: 15 politikere, tre fra hver av fem kommuner. Partnerskapet møter representantskapet en eller to ganger i året.',
		seats: [
			...councilTowns.flatMap(([town, slug]) =>
				[1, 2, 3].map((n): Seat => [`Representant ${town} ${n}`, slug, 'member'])
			),
			['Sekretariatet', 'innherred-regionrad', 'secretary']
		]
	},
	{
		slug: 'styringsgruppen',
		name: 'Styringsgruppen for Innherredsbyen',
		kind: 'steering_group',
		isPublic: true,
		description: 'Kommunedirektørene, fylkesdirektøren og regionrådets daglige leder.',
		seats: [
			['Kommunedirektør Steinkjer', 'steinkjer', 'member'],
			['Kommunedirektør Verdal', 'verdal', 'member'],
			['Kommunedirektør Levanger', 'levanger', 'member'],
			['Kommunedirektør Frosta', 'frosta', 'member'],
			['Kommunedirektør Inderøy', 'inderoy', 'member'],
			['Kommunedirektør Snåsa', 'snasa', 'member'],
			['Fylkesdirektør', 'trondelag-fylkeskommune', 'member'],
			['Daglig leder, Innherred regionråd', 'innherred-regionrad', 'secretary']
		]
	},
	{
		slug: 'ressursgruppen',
		name: 'Ressursgruppen',
		kind: 'resource_group',
		isPublic: false,
		description: 'Fagpersoner fra partnerne som forbereder sakene.',
		seats: [
			['Planlegger Steinkjer', 'steinkjer', 'member'],
			['Planlegger Verdal', 'verdal', 'member'],
			['Planlegger Levanger', 'levanger', 'member'],
			['Rådgiver Trøndelag fylkeskommune', 'trondelag-fylkeskommune', 'member'],
			['Rådgiver Statens vegvesen', 'statens-vegvesen', 'observer']
		]
	}
];

export async function seedDemoBodies(tx: Tx) {
	const orgs = await tx.select({ id: organisation.id, slug: organisation.slug }).from(organisation);
	const orgId = new Map(orgs.map((o) => [o.slug, o.id]));
	for (const { seats, ...values } of bodies) {
		const [row] = await tx.insert(body).values(values).returning({ id: body.id });
		await tx.insert(bodyMember).values(
			seats.map(([personName, slug, role]) => ({
				bodyId: row.id,
				personName,
				organisationId: orgId.get(slug) ?? null,
				role,
				fromDate: '2023-01-01'
			}))
		);
	}
}
