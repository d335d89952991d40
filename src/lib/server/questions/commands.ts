import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
	questionAskInput,
	questionDraftInput,
	questionDuplicateInput,
	questionPublishInput,
	questionRejectInput,
	questionRouteInput,
	personDataInput
} from '../../schemas/question.ts';
import { findActionIds } from '../actions/queries.ts';
import {
	allow,
	canAnswerQuestion,
	canManagePersonalData,
	canModerateQuestions
} from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { ValidationError } from '../core/errors.ts';
import { checkPublicForm } from '../core/public-forms.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { allExist } from '../links/references.ts';
import { subscriber } from '../newsletter/schema.ts';
import { notification } from '../notifications/schema.ts';
import { organisation } from '../partners/schema.ts';
import type { Db } from '../platform/db/client.ts';
import { readSettings } from '../platform/runtime.ts';
import { question, questionLink, type Question } from './schema.ts';

/** Days after the answer that the asker's name and address are kept (`QUESTION_RETENTION_DAYS`). */
export const retentionDays = () => readSettings().questionRetentionDays;

/** Questions an address may send an hour. */
export const QUESTIONS_PER_HOUR = 10;

const trap = z.object({
	website: z.string().max(500).default(''),
	startedAt: z.string().max(200).default('')
});

/**
 * A question from anyone. The trap, the time and the address's limit are checked first; a form
 * posted twice is saved once (the second finds its token taken and is told it was received).
 */
export async function askQuestion(ctx: Ctx, raw: unknown) {
	const token = await checkPublicForm(ctx, parseInput(trap, raw), 'question', QUESTIONS_PER_HOUR);
	const input = parseInput(questionAskInput, raw);
	return ctx.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(question)
			.values({
				text: input.text,
				language: input.language,
				askerName: input.name,
				askerEmail: input.email,
				formToken: token,
				publicText: input.text
			})
			.onConflictDoNothing({ target: question.formToken })
			.returning({ id: question.id });
		// The audit trail says that a question came, not who asked it.
		if (row)
			await recordAudit(tx, null, {
				entity: 'question',
				entityId: row.id,
				kind: 'ask',
				after: { language: input.language, withAddress: input.email !== null }
			});
		return { id: row?.id ?? null };
	});
}

async function decide(
	ctx: Ctx,
	id: number,
	version: number,
	kind: string,
	change: (before: Question, tx: Tx) => Promise<Partial<Question>>,
	after?: (row: Question, tx: Tx) => Promise<void>
) {
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(tx, question, eq(question.id, id), 'question', version);
		const saved = await saveRow(tx, question, id, await change(before, tx));
		await after?.(saved, tx);
		const { askerName: _n, askerEmail: _e, ...shown } = saved;
		await recordAudit(tx, ctx.actor, {
			entity: 'question',
			entityId: id,
			kind,
			before: { status: before.status, routedToId: before.routedToId },
			after: shown
		});
		return saved;
	});
}

const open = (q: Question) => q.status === 'new' || q.status === 'accepted';

export async function rejectQuestion(ctx: Ctx, raw: unknown) {
	allow(ctx, canModerateQuestions);
	const input = parseInput(questionRejectInput, raw);
	return decide(ctx, input.id, input.version, 'reject', async (before) => {
		if (!open(before)) throw new ValidationError({ reason: 'question_error_state' });
		return { status: 'rejected', rejectReason: input.reason, decidedAt: new Date() };
	});
}

export async function markDuplicate(ctx: Ctx, raw: unknown) {
	allow(ctx, canModerateQuestions);
	const input = parseInput(questionDuplicateInput, raw);
	return decide(ctx, input.id, input.version, 'duplicate', async (before, tx) => {
		if (!open(before)) throw new ValidationError({ duplicateOfId: 'question_error_state' });
		const [other] = await tx
			.select({ id: question.id })
			.from(question)
			.where(eq(question.id, input.duplicateOfId));
		if (!other || other.id === before.id)
			throw new ValidationError({ duplicateOfId: 'question_error_duplicate' });
		return { status: 'duplicate', duplicateOfId: other.id, decidedAt: new Date() };
	});
}

/** Accepts a question for an answer and, if an organisation is named, routes it there. */
export async function routeQuestion(ctx: Ctx, raw: unknown) {
	allow(ctx, canModerateQuestions);
	const input = parseInput(questionRouteInput, raw);
	return decide(ctx, input.id, input.version, 'route', async (before, tx) => {
		if (!open(before)) throw new ValidationError({ organisationId: 'question_error_state' });
		if (input.organisationId !== null) {
			const [found] = await tx
				.select({ id: organisation.id })
				.from(organisation)
				.where(eq(organisation.id, input.organisationId));
			if (!found) throw new ValidationError({ organisationId: 'error_choice' });
		}
		return { status: 'accepted', routedToId: input.organisationId };
	});
}

/** A draft of the answer: by a user of the organisation it is routed to, or by the secretariat. */
export async function draftAnswer(ctx: Ctx, raw: unknown) {
	const input = parseInput(questionDraftInput, raw);
	return decide(ctx, input.id, input.version, 'draft_answer', async (before) => {
		allow(ctx, (actor) => canAnswerQuestion(actor, before.routedToId));
		if (!open(before)) throw new ValidationError({ answerDraft: 'question_error_state' });
		return {
			status: 'accepted',
			answerDraft: input.answerDraft,
			answerDraftBy: ctx.actor?.name ?? '',
			answerDraftAt: new Date()
		};
	});
}

/**
 * Publishes the question (as the secretariat has written it, without personal data) with its
 * answer, shows it on the action points and matters named, and mails the answer to the asker when
 * an address was given, once: the mail's key is the question's.
 */
export async function publishAnswer(ctx: Ctx, raw: unknown) {
	allow(ctx, canModerateQuestions);
	const input = parseInput(questionPublishInput, raw);
	return decide(
		ctx,
		input.id,
		input.version,
		'publish',
		async (before, tx) => {
			if (!open(before)) throw new ValidationError({ answer: 'question_error_state' });
			const errors: Record<string, string> = {};
			const actionIds = await findActionIds(tx, input.actionCodes);
			if (!actionIds) errors.actionCodes = 'hearing_error_action_codes';
			if (!(await allExist(tx, 'matter', input.matterIds))) errors.matterIds = 'error_choice';
			if (Object.keys(errors).length) throw new ValidationError(errors);
			await tx.delete(questionLink).where(eq(questionLink.questionId, before.id));
			const rows = [
				...new Set(actionIds!.map((targetId) => `action:${targetId}`)),
				...new Set(input.matterIds.map((targetId) => `matter:${targetId}`))
			].map((key) => {
				const [kind, targetId] = key.split(':');
				return {
					questionId: before.id,
					kind: kind as 'action' | 'matter',
					targetId: Number(targetId)
				};
			});
			if (rows.length) await tx.insert(questionLink).values(rows);
			return {
				status: 'published',
				publicText: input.publicText,
				answer: input.answer,
				answeredBy: ctx.actor?.id ?? null,
				publishedAt: new Date(),
				decidedAt: new Date()
			};
		},
		async (row, tx) => {
			if (!row.askerEmail) return;
			await tx
				.insert(notification)
				.values({
					key: `question-answer:${row.id}`,
					recipient: row.askerEmail,
					subject: 'Svar på spørsmålet ditt til Innherredsbyen',
					body: answerMail(row, ctx.origin)
				})
				.onConflictDoNothing({ target: notification.key });
		}
	);
}

function answerMail(row: Question, origin: string) {
	return [
		row.askerName ? `Hei, ${row.askerName}.` : 'Hei.',
		'',
		'Du spurte:',
		row.publicText,
		'',
		'Svar fra Innherredsbyen:',
		row.answer,
		'',
		`Spørsmålet og svaret er publisert her: ${origin}/sporsmal/${row.id}`,
		'',
		`Navnet og e-postadressen din slettes hos oss ${retentionDays()} dager etter svaret. Du får ikke flere e-poster om dette spørsmålet.`
	].join('\n');
}

/**
 * Erases the asker's name and address from questions that were answered, rejected or marked as
 * duplicates more than `days` days ago: they were kept only to send the answer.
 */
export async function erasePersonalData(db: Db, days: number) {
	return db.transaction(async (tx) => {
		const erased = await tx
			.update(question)
			.set({ askerName: null, askerEmail: null, personalDataErasedAt: sql`now()` })
			.where(
				and(
					isNull(question.personalDataErasedAt),
					or(isNotNull(question.askerName), isNotNull(question.askerEmail)),
					inArray(question.status, ['published', 'rejected', 'duplicate']),
					lt(question.decidedAt, sql`now() - make_interval(days => ${days})`)
				)
			)
			.returning({ id: question.id });
		if (erased.length)
			await recordAudit(tx, null, {
				entity: 'question',
				entityId: 'retention',
				kind: 'erase_personal_data',
				after: { ids: erased.map((e) => e.id), days }
			});
		return erased.map((e) => e.id);
	});
}

/** Deletes one person's name and address from every question they asked (GDPR article 17). */
export async function deletePersonData(ctx: Ctx, raw: unknown) {
	allow(ctx, canManagePersonalData);
	const { email } = parseInput(personDataInput, raw);
	return ctx.db.transaction(async (tx) => {
		const erased = await tx
			.update(question)
			.set({ askerName: null, askerEmail: null, personalDataErasedAt: sql`now()` })
			.where(eq(question.askerEmail, email))
			.returning({ id: question.id });
		const subscriptions = await tx
			.delete(subscriber)
			.where(eq(subscriber.email, email))
			.returning({ id: subscriber.id });
		// The trail keeps what was done, never the address it was done for.
		await recordAudit(tx, ctx.actor, {
			entity: 'personal_data',
			entityId: 'request',
			kind: 'delete',
			after: { questions: erased.map((e) => e.id), subscriptions: subscriptions.length }
		});
		return { questions: erased.length, subscriptions: subscriptions.length };
	});
}
