// Examples for telling the region: a few news posts, answered questions and the follower figures
// of the Facebook page. None of them is published fact; each is marked as an example.
import { and, eq } from 'drizzle-orm';
import { action } from '../actions/schema.ts';
import type { Tx } from '../core/context.ts';
import { newsPost, newsTag } from '../news/schema.ts';
import { question, questionLink } from '../questions/schema.ts';
import { reachFigure } from '../reach/schema.ts';
import { addDays, osloDate } from '../shared/dates.ts';
import { theme } from '../strategy/schema.ts';

const posts = [
	{
		slug: 'eksempel-to-tog-i-timen',
		title: 'Eksempel: Innherredsbyen ber om to tog i timen på Trønderbanen',
		lead: 'Partnerskapet har sendt sitt innspill til Nasjonal transportplan med én stemme.',
		body: 'Representantskapet vedtok innspillet enstemmig. **To tog i timen** på Trønderbanen innen 2027 er det første kravet.\n\n[Les om HA18](/handlingsprogram/HA18)',
		days: 3,
		tags: { theme: 'jernbane', action: 'HA18' }
	},
	{
		slug: 'eksempel-felles-sykkelstrategi',
		title: 'Eksempel: Arbeidet med felles sykkelstrategi er i gang',
		lead: 'Kommunene har startet arbeidet med en felles sykkelstrategi for Innherredsbyen.',
		body: 'Strategien skal gjøre det enklere å sykle mellom byene og til stasjonene.',
		days: 10,
		tags: { theme: 'sykkel-gange', action: 'HA27' }
	},
	{
		slug: 'eksempel-velkommen-til-samstemt',
		title: 'Eksempel: Velkommen til Innherredsbyens nye nettsted',
		lead: 'Her finner du handlingsprogrammet, høringene, møtene og nyhetene på ett sted.',
		body: 'Du kan abonnere på nyhetene som nyhetsbrev eller i en feed, og stille spørsmål.',
		days: 18,
		tags: {}
	}
];

export async function seedDemoCommunication(tx: Tx, programmeId: number, now: Date) {
	const themes = await tx.select({ id: theme.id, slug: theme.slug }).from(theme);
	for (const p of posts) {
		const [row] = await tx
			.insert(newsPost)
			.values({
				slug: p.slug,
				title: p.title,
				lead: p.lead,
				body: p.body,
				status: 'published',
				publishedAt: new Date(now.getTime() - p.days * 86_400_000),
				bylineRole: 'Sekretariatet',
				isExample: true
			})
			.returning({ id: newsPost.id });
		const themeId = themes.find((t) => t.slug === p.tags.theme)?.id;
		if (themeId)
			await tx.insert(newsTag).values({ postId: row.id, kind: 'theme', targetId: themeId });
		if (p.tags.action) {
			const [a] = await tx
				.select({ id: action.id })
				.from(action)
				.where(and(eq(action.programmeId, programmeId), eq(action.code, p.tags.action)));
			if (a) await tx.insert(newsTag).values({ postId: row.id, kind: 'action', targetId: a.id });
		}
	}

	const [ha27] = await tx
		.select({ id: action.id })
		.from(action)
		.where(and(eq(action.programmeId, programmeId), eq(action.code, 'HA27')));
	const [answered] = await tx
		.insert(question)
		.values({
			text: 'Eksempel: Hvordan kan jeg komme med innspill til sykkelstrategien?',
			publicText: 'Eksempel: Hvordan kan jeg komme med innspill til sykkelstrategien?',
			answer:
				'Eksempel: Kommunene inviterer til åpne møter når utkastet er klart. Du kan også skrive til sekretariatet.',
			status: 'published',
			publishedAt: new Date(now.getTime() - 5 * 86_400_000),
			decidedAt: new Date(now.getTime() - 5 * 86_400_000),
			isExample: true
		})
		.returning({ id: question.id });
	if (ha27)
		await tx
			.insert(questionLink)
			.values({ questionId: answered.id, kind: 'action', targetId: ha27.id });

	// A Facebook page revived and growing, one figure a month for a year.
	const today = osloDate(now);
	await tx.insert(reachFigure).values(
		Array.from({ length: 12 }, (_, i) => ({
			on: addDays(today, -30 * (11 - i)),
			channel: 'facebook' as const,
			followers: 620 + i * i * 9 + i * 25,
			reach: 1_500 + i * 310
		}))
	);
}
