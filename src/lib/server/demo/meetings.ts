import { eq, inArray } from 'drizzle-orm';
import { action } from '../actions/schema.ts';
import type { Tx } from '../core/context.ts';
import { osloInstant } from '../governance/meetings.ts';
import { minutesContent } from '../governance/minutes.ts';
import { attendance, caseLink, followUp, minutesVersion } from '../governance/records-schema.ts';
import { body, bodyMember, caseCounter, meeting, meetingCase } from '../governance/schema.ts';
import { organisation } from '../partners/schema.ts';
import { copyProgramme, freezeComparison } from '../reports/reports.ts';
import { statusReport } from '../reports/schema.ts';
import { statement } from '../statements/schema.ts';

interface DemoCase {
	title: string;
	type: 'orientering' | 'drofting' | 'vedtak';
	memo: string;
	proposedDecision?: string;
	decision: string;
	votes?: [number, number, number];
	exemptBasis?: string;
	/** Invented content; cases built only from published facts are not examples. */
	isExample: boolean;
	actions?: string[];
	statementTitle?: string;
	followUps?: { task: string; org: string; due: string; done?: [string, string] }[];
}

const ntpPoints =
	'- To tog i timen på Trønderbanen innen 2027.\n- E6 Åsen–Steinkjer fullfinansiert.\n- En belønningsavtale for Innherredsbyen.';

/**
 * The representative council's three meetings of 2023. Dates, the NTP input and the signing of the
 * partnership agreement at Jegtvolden are facts; everything else is marked as example content.
 */
const meetings: {
	date: string;
	place: string;
	approvedOn: string;
	absent?: string;
	cases: DemoCase[];
}[] = [
	{
		date: '2023-05-22',
		place: '',
		approvedOn: '2023-06-05',
		cases: [
			{
				title: 'Innspill til Nasjonal transportplan 2025–2036',
				type: 'vedtak',
				memo: `Partnerskapet gir felles innspill til Nasjonal transportplan med tre hovedpunkter:\n\n${ntpPoints}`,
				proposedDecision:
					'Representantskapet slutter seg til innspillet til Nasjonal transportplan.',
				decision: 'Representantskapet slutter seg til innspillet til Nasjonal transportplan.',
				isExample: false,
				actions: ['HA16', 'HA18'],
				statementTitle: 'Innspill til Nasjonal transportplan 2025–2036'
			},
			{
				title: 'Orientering om handlingsprogrammet 2021–2024',
				type: 'orientering',
				memo: 'Sekretariatet orienterer om framdriften i handlingsprogrammet. (Eksempeltekst.)',
				decision: 'Orienteringen tas til etterretning.',
				isExample: true
			}
		]
	},
	{
		date: '2023-09-22',
		place: '',
		approvedOn: '2023-10-02',
		absent: 'Representant Snåsa 3',
		cases: [
			{
				title: 'Utkast til partnerskapsavtale for Innherredsbyen',
				type: 'drofting',
				memo: 'Representantskapet drøfter utkastet til partnerskapsavtale før signering. (Eksempeltekst.)',
				decision: 'Innspillene fra drøftingen tas med i det endelige utkastet.',
				isExample: true,
				followUps: [
					{
						task: 'Innarbeide innspillene i avtaleteksten',
						org: 'innherred-regionrad',
						due: '2023-11-15',
						done: ['2023-11-10', 'Avtaleteksten er oppdatert og sendt partene.']
					}
				]
			},
			{
				title: 'Felles sykkelstrategi – oppstart',
				type: 'vedtak',
				memo: 'Forslag om å starte arbeidet med en felles sykkelstrategi (HA27). (Eksempeltekst.)',
				proposedDecision: 'Arbeidet med felles sykkelstrategi startes opp.',
				decision: 'Arbeidet med felles sykkelstrategi startes opp.',
				votes: [13, 1, 0],
				isExample: true,
				actions: ['HA27'],
				followUps: [
					{
						task: 'Legge fram prosjektplan for sykkelstrategien',
						org: 'levanger',
						due: '2024-03-01'
					}
				]
			}
		]
	},
	{
		date: '2023-12-08',
		place: 'Jegtvolden, Inderøy',
		approvedOn: '2023-12-18',
		cases: [
			{
				title: 'Signering av partnerskapsavtalen for Innherredsbyen',
				type: 'vedtak',
				memo: 'Partnerskapsavtalen signeres av kommunene og Trøndelag fylkeskommune. De øvrige partene slutter seg til arbeidet.',
				proposedDecision: 'Partnerskapsavtalen for Innherredsbyen signeres.',
				decision: 'Partnerskapsavtalen for Innherredsbyen signeres.',
				isExample: false
			},
			{
				title: 'Forhandlinger om belønningsavtale',
				type: 'drofting',
				memo: 'Forhandlingsposisjon overfor staten. (Eksempeltekst.)',
				decision: 'Sekretariatet får mandat til å føre samtalene videre.',
				exemptBasis: 'Offl. § 23',
				isExample: true,
				actions: ['HA16'],
				followUps: [
					{
						task: 'Rapportere fra samtalene med staten',
						org: 'innherred-regionrad',
						due: '2024-05-01'
					}
				]
			}
		]
	}
];

export async function seedDemoMeetings(tx: Tx, secretariatId: string) {
	const [council] = await tx.select().from(body).where(eq(body.slug, 'representantskapet'));
	const seats = await tx.select().from(bodyMember).where(eq(bodyMember.bodyId, council.id));
	const orgs = await tx.select({ id: organisation.id, slug: organisation.slug }).from(organisation);
	const orgId = new Map(orgs.map((o) => [o.slug, o.id]));
	let number = 0;
	for (const demo of meetings) {
		const [row] = await tx
			.insert(meeting)
			.values({
				bodyId: council.id,
				startsAt: osloInstant(demo.date, '10:00'),
				place: demo.place,
				status: 'minutes_approved',
				minutesApprovedOn: demo.approvedOn
			})
			.returning();
		await tx.insert(attendance).values(
			seats
				.filter((s) => s.role !== 'secretary')
				.map((s) => ({
					meetingId: row.id,
					memberId: s.id,
					status: s.personName === demo.absent ? ('absent' as const) : ('present' as const)
				}))
		);
		for (const c of demo.cases) {
			number += 1;
			const [kase] = await tx
				.insert(meetingCase)
				.values({
					meetingId: row.id,
					bodyId: council.id,
					year: 2023,
					number,
					title: c.title,
					type: c.type,
					memo: c.memo,
					proposedDecision: c.proposedDecision ?? '',
					decision: c.decision,
					votesFor: c.votes?.[0] ?? null,
					votesAgainst: c.votes?.[1] ?? null,
					votesAbstain: c.votes?.[2] ?? null,
					voteNote: c.votes ? '' : 'Enstemmig.',
					exempt: Boolean(c.exemptBasis),
					exemptBasis: c.exemptBasis ?? '',
					isExample: c.isExample
				})
				.returning({ id: meetingCase.id });
			const actions = c.actions?.length
				? await tx.select({ id: action.id }).from(action).where(inArray(action.code, c.actions))
				: [];
			const statements = c.statementTitle
				? await tx
						.select({ id: statement.id })
						.from(statement)
						.where(eq(statement.title, c.statementTitle))
				: [];
			const links = [
				...actions.map((a) => ({ caseId: kase.id, kind: 'action' as const, targetId: a.id })),
				...statements.map((s) => ({ caseId: kase.id, kind: 'statement' as const, targetId: s.id }))
			];
			if (links.length) await tx.insert(caseLink).values(links);
			for (const f of c.followUps ?? [])
				await tx.insert(followUp).values({
					caseId: kase.id,
					meetingId: row.id,
					task: f.task,
					organisationId: orgId.get(f.org) ?? null,
					dueDate: f.due,
					doneOn: f.done?.[0] ?? null,
					result: f.done?.[1] ?? ''
				});
		}
		await tx.insert(minutesVersion).values({
			meetingId: row.id,
			number: 1,
			content: await minutesContent(tx, row.id),
			createdBy: secretariatId
		});
		if (demo.date === '2023-12-08') {
			const [{ programmeId }] = await tx
				.select({ programmeId: action.programmeId })
				.from(action)
				.limit(1);
			const [report] = await tx
				.insert(statusReport)
				.values({
					meetingId: row.id,
					programmeId,
					asOf: demo.date,
					takenAt: osloInstant(demo.date, '09:00'),
					createdBy: secretariatId,
					isExample: true
				})
				.returning();
			await copyProgramme(tx, report.id, programmeId, demo.date);
			await freezeComparison(tx, report.id);
		}
	}
	await tx.insert(caseCounter).values({ bodyId: council.id, year: 2023, last: number });
}
