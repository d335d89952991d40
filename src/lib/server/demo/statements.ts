import { eq } from 'drizzle-orm';
import type { Tx } from '../core/context.ts';
import { hearing } from '../hearings/schema.ts';
import { listSignatories } from '../partners/queries.ts';
import {
	statement,
	statementPosition,
	statementVersion,
	type Section
} from '../statements/schema.ts';

interface DemoStatement {
	title: string;
	recipient: string;
	hearingTitle: string | null;
	createdOn: string;
	frozenOn: string;
	sentOn: string;
	decidedOn: string;
	isExample: boolean;
	sections: Section[];
}

const demoStatements: DemoStatement[] = [
	{
		title: 'Innspill til Nasjonal transportplan 2025–2036',
		recipient: 'Samferdselsdepartementet',
		hearingTitle: null,
		createdOn: '2023-04-20',
		frozenOn: '2023-05-22',
		sentOn: '2023-05-22',
		decidedOn: '2023-05-22',
		isExample: false,
		sections: [
			{
				key: 'ntp-tog',
				heading: 'To tog i timen på Trønderbanen',
				body: 'Innherredsbyen ber om at Trønderbanen får to tog i timen innen 2027.'
			},
			{
				key: 'ntp-e6',
				heading: 'E6 Åsen–Steinkjer',
				body: 'Utbyggingen av E6 mellom Åsen og Steinkjer må finansieres fullt ut.'
			},
			{
				key: 'ntp-belonning',
				heading: 'Belønningsavtale',
				body: 'Innherredsbyen ber om en belønningsavtale for bedre kollektivtransport og mindre bilbruk.'
			}
		]
	},
	{
		title: 'Uttalelse til Problemanalyse E6 Åsen–Steinkjer',
		recipient: 'Nye Veier AS',
		hearingTitle: 'Problemanalyse E6 Åsen–Steinkjer',
		createdOn: '2024-07-05',
		frozenOn: '2024-09-20',
		sentOn: '2024-09-26',
		decidedOn: '2024-09-17',
		isExample: true,
		sections: [
			{
				key: 'e6-innledning',
				heading: 'Innledning',
				body: 'Eksempeltekst: Partnerskapet Innherredsbyen takker for muligheten til å gi innspill til problemanalysen.'
			},
			{
				key: 'e6-helhet',
				heading: 'En sammenhengende utbygging',
				body: 'Eksempeltekst: Strekningen må sees som **én sammenheng** fra Åsen til Steinkjer, med trygge løsninger for lokaltrafikk, gående og syklende.'
			}
		]
	}
];

const bodyOf = (name: string) =>
	name.includes('fylkeskommune')
		? 'Fylkesutvalget'
		: name.includes('regionråd')
			? 'Representantskapet'
			: 'Formannskapet';

/** The demo's two sent statements, each endorsed by every signatory. */
export async function seedDemoStatements(tx: Tx, authorId: string) {
	const signatories = await listSignatories(tx);
	for (const demo of demoStatements) {
		const [answered] = demo.hearingTitle
			? await tx
					.select({ id: hearing.id })
					.from(hearing)
					.where(eq(hearing.title, demo.hearingTitle))
			: [];
		const [row] = await tx
			.insert(statement)
			.values({
				title: demo.title,
				recipient: demo.recipient,
				hearingId: answered?.id ?? null,
				status: 'sent',
				frozenAt: new Date(`${demo.frozenOn}T12:00:00Z`),
				sentOn: demo.sentOn,
				sentTo: demo.recipient,
				isExample: demo.isExample,
				createdBy: authorId,
				createdAt: new Date(`${demo.createdOn}T09:00:00Z`)
			})
			.returning({ id: statement.id });
		await tx.insert(statementVersion).values({
			statementId: row.id,
			number: 1,
			sections: demo.sections,
			authorId,
			authorName: 'Sekretariatet',
			createdAt: new Date(`${demo.createdOn}T09:00:00Z`)
		});
		await tx.insert(statementPosition).values(
			signatories.map((org, i) => ({
				statementId: row.id,
				organisationId: org.id,
				position: 'endorses' as const,
				decidedBy: bodyOf(org.name),
				decidedOn: demo.decidedOn,
				caseNumber: `Eksempel ${i + 10}/${demo.decidedOn.slice(2, 4)}`,
				recordedBy: authorId,
				recordedByName: 'Sekretariatet',
				onBehalf: true,
				recordedAt: new Date(`${demo.decidedOn}T15:00:00Z`)
			}))
		);
	}
}
