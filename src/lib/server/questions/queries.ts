import { and, asc, count, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { idRef, paging } from '../../schemas/common.ts';
import { personDataInput, questionFilter } from '../../schemas/question.ts';
import { action } from '../actions/schema.ts';
import {
	allow,
	canAnswerQuestion,
	canManagePersonalData,
	canModerateQuestions,
	canUseWorkspace,
	isStaff
} from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { formStartToken } from '../core/public-forms.ts';
import { parseInput } from '../core/validate.ts';
import { subscriber } from '../newsletter/schema.ts';
import { organisation } from '../partners/schema.ts';
import type { FileReply } from '../shared/files.ts';
import { retentionDays } from './commands.ts';
import { question, questionLink } from './schema.ts';
import { publishedQuestions, readPublishedQuestion } from './view.ts';
import { matterChoices } from '../matters/view.ts';

const PAGE = 25;

/** `/sporsmal`: the published questions and their answers. */
export async function getQuestionsPage(ctx: Ctx, input: unknown) {
	const page = parseInput(paging(PAGE), input);
	return { ...(await publishedQuestions(ctx.db, page)), ...page };
}

export async function getPublicQuestion(ctx: Ctx, input: unknown) {
	const { id } = parseInput(idRef, input);
	const row = await readPublishedQuestion(ctx.db, id);
	if (!row) throw new NotFoundError('question');
	return { question: row };
}

/** What the privacy notice says in figures: how long an asker's name and address are kept. */
export function privacyFacts() {
	return { retentionDays: retentionDays() };
}

/** The question form: its signed start time, and how long what is given is kept. */
export async function newQuestionForm(ctx: Ctx) {
	return { startedAt: await formStartToken(ctx.db), retentionDays: retentionDays() };
}

/**
 * The workspace's list: the secretariat sees every question; a partner user those routed to its
 * organisation and still open.
 */
export async function getQuestionsAdminPage(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { status, offset } = parseInput(questionFilter, input);
	const staff = canModerateQuestions(ctx.actor);
	const where: SQL | undefined = staff
		? status
			? eq(question.status, status)
			: undefined
		: and(
				eq(question.routedToId, ctx.actor?.organisationId ?? -1),
				eq(question.status, 'accepted')
			);
	const rows = await ctx.db
		.select({
			id: question.id,
			text: question.text,
			status: question.status,
			language: question.language,
			createdAt: question.createdAt,
			routedTo: organisation.name,
			hasDraft: ne(question.answerDraft, '')
		})
		.from(question)
		.leftJoin(organisation, eq(organisation.id, question.routedToId))
		.where(where)
		.orderBy(desc(question.createdAt), desc(question.id))
		.limit(PAGE)
		.offset(offset);
	const [{ total }] = await ctx.db.select({ total: count() }).from(question).where(where);
	return { rows, total, status, limit: PAGE, offset, staff };
}

/**
 * One question in the workspace. The secretariat sees whether the asker left a name and an
 * address, and decides; a partner user of the organisation it is routed to sees the question and
 * drafts the answer, never the asker.
 */
export async function getQuestionPage(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { id } = parseInput(idRef, input);
	const [row] = await ctx.db
		.select({ question, routedTo: organisation.name })
		.from(question)
		.leftJoin(organisation, eq(organisation.id, question.routedToId))
		.where(eq(question.id, id));
	if (!row) throw new NotFoundError('question');
	const staff = isStaff(ctx.actor);
	allow(ctx, (actor) => staff || canAnswerQuestion(actor, row.question.routedToId ?? -1));
	const { askerName, askerEmail, formToken: _t, ...rest } = row.question;
	const links = await ctx.db.select().from(questionLink).where(eq(questionLink.questionId, id));
	const codes = links.filter((l) => l.kind === 'action').map((l) => l.targetId);
	return {
		question: rest,
		routedTo: row.routedTo,
		asker: staff
			? { name: askerName, hasAddress: askerEmail !== null, erased: rest.personalDataErasedAt }
			: null,
		links: {
			actionCodes: codes.length
				? (
						await ctx.db.select({ code: action.code }).from(action).where(inArray(action.id, codes))
					).map((a) => a.code)
				: [],
			matterIds: links.filter((l) => l.kind === 'matter').map((l) => l.targetId)
		},
		staff,
		options: staff
			? {
					organisations: await ctx.db
						.select({ value: organisation.id, label: organisation.name })
						.from(organisation)
						.where(eq(organisation.active, true))
						.orderBy(asc(organisation.name)),
					matters: await matterChoices(ctx.db, 'internal'),
					others: await ctx.db
						.select({ value: question.id, label: question.publicText })
						.from(question)
						.where(and(ne(question.id, id), ne(question.status, 'rejected')))
						.orderBy(desc(question.createdAt))
						.limit(50)
				}
			: null
	};
}

/** The administrator's view of one person's data: every question asked from an address. */
export async function findPersonData(ctx: Ctx, input: unknown) {
	allow(ctx, canManagePersonalData);
	const { email } = parseInput(personDataInput, input);
	const questions = await ctx.db
		.select({
			id: question.id,
			text: question.text,
			status: question.status,
			askerName: question.askerName,
			askerEmail: question.askerEmail,
			createdAt: question.createdAt,
			publishedAt: question.publishedAt
		})
		.from(question)
		.where(eq(question.askerEmail, email))
		.orderBy(asc(question.createdAt));
	const subscriptions = await ctx.db
		.select({
			status: subscriber.status,
			createdAt: subscriber.createdAt,
			confirmedAt: subscriber.confirmedAt,
			unsubscribedAt: subscriber.unsubscribedAt
		})
		.from(subscriber)
		.where(eq(subscriber.email, email));
	return { email, questions, subscriptions };
}

/** The administrator's page: a search by address, and what was found (nothing until asked). */
export async function personDataPage(ctx: Ctx, input: unknown) {
	allow(ctx, canManagePersonalData);
	const asked = input && typeof input === 'object' && 'email' in input && input.email !== '';
	return { found: asked ? await findPersonData(ctx, input) : null };
}

/** What the partnership holds on one person, as JSON (GDPR article 15). */
export async function exportPersonData(ctx: Ctx, input: unknown): Promise<FileReply> {
	const data = await findPersonData(ctx, input);
	return {
		body: JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2),
		fileName: 'personopplysninger.json',
		contentType: 'application/json; charset=utf-8'
	};
}
