// Questions as the public reads them: published ones only, as the secretariat wrote them down
// (`publicText`), with their answers. Nothing of the asker ever leaves this module for the public.
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/client.ts';
import { question, questionLink } from './schema.ts';

const published = eq(question.status, 'published');

export const publicColumns = {
	id: question.id,
	text: question.publicText,
	answer: question.answer,
	language: question.language,
	publishedAt: question.publishedAt,
	isExample: question.isExample
};

/** A page of published questions, the newest answer first. */
export async function publishedQuestions(db: Db, page: { limit: number; offset: number }) {
	const rows = await db
		.select(publicColumns)
		.from(question)
		.where(published)
		.orderBy(desc(question.publishedAt), desc(question.id))
		.limit(page.limit)
		.offset(page.offset);
	const [{ total }] = await db.select({ total: count() }).from(question).where(published);
	return { rows, total };
}

/** One published question with its answer; null when it is not published. */
export async function readPublishedQuestion(db: Db, id: number) {
	const [row] = await db
		.select(publicColumns)
		.from(question)
		.where(and(eq(question.id, id), published));
	return row ?? null;
}

/** The published questions shown on an action point's or a matter's page. */
export async function questionsOn(db: Db, kind: 'action' | 'matter', targetId: number) {
	const linked = db
		.select({ id: questionLink.questionId })
		.from(questionLink)
		.where(and(eq(questionLink.kind, kind), eq(questionLink.targetId, targetId)));
	return db
		.select(publicColumns)
		.from(question)
		.where(and(published, inArray(question.id, linked)))
		.orderBy(desc(question.publishedAt))
		.limit(20);
}
