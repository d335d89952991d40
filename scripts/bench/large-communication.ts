import { randomBytes } from 'node:crypto';
import { theme } from '../../src/lib/server/strategy/schema.ts';
import { prng } from '../../src/lib/server/demo/seed.ts';
import { newsPost, newsTag } from '../../src/lib/server/news/schema.ts';
import { subscriber } from '../../src/lib/server/newsletter/schema.ts';
import type { Db } from '../../src/lib/server/platform/db/client.ts';
import { question } from '../../src/lib/server/questions/schema.ts';

export interface CommunicationScale {
	posts: number;
	questions: number;
	subscribers: number;
}

async function inChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const words =
	'kollektiv tog buss sykkel gange vei stasjon pendling kommune fylke strategi tiltak plan byvekst'.split(
		' '
	);

/**
 * Seeds news posts over the years (one a day and more, each tagged with a theme), public
 * questions (half of them answered and published) and confirmed subscribers of the newsletter,
 * for the benchmark. `digestMonth` is a month full of posts, for the digest.
 */
export async function seedLargeCommunication(db: Db, scale: CommunicationScale, now = new Date()) {
	const random = prng(13);
	const text = (n: number) =>
		Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
	const themeIds = (await db.select({ id: theme.id }).from(theme)).map((t) => t.id);
	const posts = Array.from({ length: scale.posts }, (_, i) => ({
		slug: `ytelse-${i + 1}`,
		title: `Nyhet ${i + 1}: ${text(6)}`,
		lead: text(25),
		body: `${text(120)}\n\n${text(80)}`,
		status: 'published' as const,
		publishedAt: new Date(now.getTime() - i * 6 * 3_600_000),
		bylineRole: 'Sekretariatet'
	}));
	const ids: number[] = [];
	await inChunks(posts, 500, async (chunk) =>
		ids.push(
			...(await db.insert(newsPost).values(chunk).returning({ id: newsPost.id })).map((r) => r.id)
		)
	);
	if (themeIds.length)
		await inChunks(ids, 1_000, (chunk) =>
			db.insert(newsTag).values(
				chunk.map((postId, i) => ({
					postId,
					kind: 'theme' as const,
					targetId: themeIds[i % themeIds.length]
				}))
			)
		);
	const digestMonth = new Date(now.getTime() - 6 * 3_600_000 * 29).toISOString().slice(0, 7);

	await inChunks(
		Array.from({ length: scale.questions }, (_, i) => {
			const answered = i % 2 === 0;
			const asked = text(30);
			return {
				text: asked,
				publicText: asked,
				answer: answered ? text(60) : '',
				status: answered ? ('published' as const) : ('new' as const),
				publishedAt: answered ? new Date(now.getTime() - i * 3_600_000) : null,
				decidedAt: answered ? new Date(now.getTime() - i * 3_600_000) : null,
				askerEmail: answered ? null : `spør${i}@ytelsestest.example`
			};
		}),
		1_000,
		(chunk) => db.insert(question).values(chunk)
	);

	await inChunks(
		Array.from({ length: scale.subscribers }, (_, i) => ({
			email: `abonnent${i}@ytelsestest.example`,
			status: 'confirmed' as const,
			token: randomBytes(24).toString('base64url'),
			confirmedAt: now
		})),
		2_000,
		(chunk) => db.insert(subscriber).values(chunk)
	);
	return { postSlug: posts[10].slug, digestMonth };
}
