import { and, eq, like } from 'drizzle-orm';
import type { MatterLinkKind } from '../../schemas/values.ts';
import { action } from '../actions/schema.ts';
import { commitment } from '../commitments/schema.ts';
import type { Tx } from '../core/context.ts';
import { inquiry } from '../engagements/schema.ts';
import { hearing } from '../hearings/schema.ts';
import { matter, matterLink } from '../matters/schema.ts';
import { organisation } from '../partners/schema.ts';
import { slugify } from '../shared/slugs.ts';
import { statement } from '../statements/schema.ts';

/**
 * The matters as the partnership names them. What they say of their standing is an example, and
 * so marked; what they link to is what the demo holds.
 */
export async function seedDemoMatters(tx: Tx, programmeId: number) {
	const actionId = async (code: string) =>
		(
			await tx
				.select({ id: action.id })
				.from(action)
				.where(and(eq(action.programmeId, programmeId), eq(action.code, code)))
		)[0]?.id;
	const commitmentOf = async (slug: string) =>
		(
			await tx
				.select({ id: commitment.id })
				.from(commitment)
				.innerJoin(organisation, eq(organisation.id, commitment.actorId))
				.where(eq(organisation.slug, slug))
		).map((r) => r.id);
	const statementLike = async (text: string) =>
		(await tx.select({ id: statement.id }).from(statement).where(like(statement.title, text))).map(
			(r) => r.id
		);
	const hearingLike = async (text: string) =>
		(await tx.select({ id: hearing.id }).from(hearing).where(like(hearing.title, text))).map(
			(r) => r.id
		);
	const inquiryLike = async (text: string) =>
		(await tx.select({ id: inquiry.id }).from(inquiry).where(like(inquiry.topic, text))).map(
			(r) => r.id
		);
	const demo: {
		title: string;
		standing: string;
		pin: number | null;
		links: [MatterLinkKind, (number | undefined)[]][];
	}[] = [
		{
			title: 'Trønderbanen',
			standing:
				'Eksempel: Arbeidet for to tog i timen og nye kryssingsspor følges opp med Bane NOR og Jernbanedirektoratet.',
			pin: 1,
			links: [
				['action', [await actionId('HA27')]],
				[
					'commitment',
					[...(await commitmentOf('bane-nor')), ...(await commitmentOf('jernbanedirektoratet'))]
				]
			]
		},
		{
			title: 'Oppfølging av NTP-budsjett',
			standing:
				'Eksempel: Innspillet til Nasjonal transportplan følges opp i de årlige statsbudsjettene.',
			pin: 2,
			links: [['statement', await statementLike('Innspill til Nasjonal transportplan%')]]
		},
		{
			title: 'AtB – påvirkning mot neste anbudsperiode',
			standing: 'Eksempel: Innherredsbyen samler innspill til AtBs neste anbudsperiode.',
			pin: 3,
			links: [
				['commitment', await commitmentOf('atb')],
				['inquiry', await inquiryLike('%innfartsparkering%')]
			]
		},
		{
			title: 'Problemanalyse E6',
			standing: 'Eksempel: Felles uttalelse er sendt; Nye Veiers videre arbeid følges opp.',
			pin: 4,
			links: [
				['hearing', await hearingLike('Problemanalyse E6%')],
				['statement', await statementLike('Uttalelse til Problemanalyse E6%')],
				['commitment', await commitmentOf('nye-veier')]
			]
		},
		{
			title: 'Framtidige driftskontrakter (Levanger–Hokstad m.fl.)',
			standing: '',
			pin: null,
			links: []
		},
		{ title: 'Revisjon av handlingsdelen', standing: '', pin: null, links: [] }
	];
	for (const d of demo) {
		const [row] = await tx
			.insert(matter)
			.values({
				slug: slugify(d.title),
				title: d.title,
				standing: d.standing,
				followedBy: 'Sekretariatet',
				pinOrder: d.pin,
				isExample: true
			})
			.returning({ id: matter.id });
		const links = d.links.flatMap(([kind, ids]) =>
			ids
				.filter((id): id is number => id !== undefined)
				.map((targetId) => ({ matterId: row.id, kind, targetId }))
		);
		if (links.length) await tx.insert(matterLink).values(links);
	}
}
