import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getActionPage } from '../actions/queries.ts';
import type { Ctx } from '../core/context.ts';
import { ForbiddenError, RateLimitedError, ValidationError } from '../core/errors.ts';
import { formStartToken } from '../core/public-forms.ts';
import { getPublicMatter } from '../matters/queries.ts';
import { matter } from '../matters/schema.ts';
import { notification } from '../notifications/schema.ts';
import { organisation } from '../partners/schema.ts';
import { createSeededDatabase } from '../testing/database.ts';
import {
	askQuestion,
	deletePersonData,
	draftAnswer,
	erasePersonalData,
	markDuplicate,
	publishAnswer,
	rejectQuestion,
	routeQuestion
} from './commands.ts';
import {
	exportPersonData,
	findPersonData,
	getPublicQuestion,
	getQuestionPage,
	getQuestionsAdminPage,
	getQuestionsPage
} from './queries.ts';
import { question } from './schema.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
let verdal: number;
let address = 0;

async function errorsOf(work: Promise<unknown>): Promise<Record<string, string>> {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fields;
}

/** The public, from an address of its own (each test stays under the limit per address). */
async function citizen(): Promise<Ctx> {
	return {
		...(await env.ctxAs(null)),
		client: { address: `10.0.0.${++address}`, headers: new Headers() }
	};
}

/** A form shown a minute ago, as a person would post it. */
const shown = async () => formStartToken(env.db, Date.now() - 60_000);

const ask = async (ctx: Ctx, over: Record<string, unknown> = {}) =>
	askQuestion(ctx, {
		text: 'Når kommer det to tog i timen på Trønderbanen?',
		language: 'nb',
		name: 'Kari Nordmann',
		email: 'Kari@Example.no',
		consent: 'on',
		website: '',
		startedAt: await shown(),
		...over
	});

beforeAll(async () => {
	env = await createSeededDatabase();
	[{ id: verdal }] = await env.db
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.slug, 'verdal'));
});
afterAll(() => env.database.drop());

describe('open questions', () => {
	it('go from a citizen to Verdal for a draft, to the secretariat, published without personal data, answered by mail once', async () => {
		const { id } = await ask(await citizen());
		const staff = await env.ctxAs('sekretariat');
		const fresh = await getQuestionPage(staff, { id });
		expect(fresh.asker).toMatchObject({ name: 'Kari Nordmann', hasAddress: true });
		expect(JSON.stringify(fresh)).not.toContain('Kari@Example.no');
		// Nothing is public before it is answered.
		expect((await getQuestionsPage(await env.ctxAs(null), {})).rows.map((r) => r.id)).not.toContain(
			id
		);

		const routed = await routeQuestion(staff, {
			id,
			version: fresh.question.version,
			organisationId: String(verdal)
		});
		const partner = await env.ctxAs('verdal');
		expect((await getQuestionsAdminPage(partner, {})).rows.map((r) => r.id)).toEqual([id]);
		const forVerdal = await getQuestionPage(partner, { id });
		expect(forVerdal.asker).toBeNull();
		expect(JSON.stringify(forVerdal)).not.toContain('Kari');
		await expect(getQuestionPage(await env.ctxAs('levanger'), { id })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(
			draftAnswer(await env.ctxAs('levanger'), {
				id,
				version: routed.version,
				answerDraft: 'Et svar'
			})
		).rejects.toBeInstanceOf(ForbiddenError);
		const drafted = await draftAnswer(partner, {
			id,
			version: routed.version,
			answerDraft: 'Jernbanedirektoratet planlegger to tog i timen fra 2027.'
		});
		expect(drafted.answerDraftBy).not.toBe('');
		await expect(
			publishAnswer(partner, {
				id,
				version: drafted.version,
				publicText: 'x',
				answer: 'y'
			})
		).rejects.toBeInstanceOf(ForbiddenError);

		const [trønderbanen] = await env.db
			.select({ id: matter.id, slug: matter.slug })
			.from(matter)
			.where(eq(matter.slug, 'tronderbanen'));
		const published = await publishAnswer(staff, {
			id,
			version: drafted.version,
			publicText: 'Når kommer det to tog i timen på Trønderbanen?',
			answer: drafted.answerDraft,
			actionCodes: 'HA18',
			matterIds: [String(trønderbanen.id)]
		});
		expect(published.status).toBe('published');
		const anonymous = await env.ctxAs(null);
		const list = await getQuestionsPage(anonymous, {});
		expect(list.rows.map((r) => r.id)).toContain(id);
		expect(JSON.stringify(list)).not.toMatch(/Kari/);
		expect((await getPublicQuestion(anonymous, { id })).question.answer).toContain('2027');
		expect(
			(await getActionPage(anonymous, { code: 'HA18' })).related.questions.map((q) => q.id)
		).toContain(id);
		expect(
			(await getPublicMatter(anonymous, { slug: trønderbanen.slug })).questions.map((q) => q.id)
		).toEqual([id]);

		const mails = await env.db
			.select()
			.from(notification)
			.where(eq(notification.key, `question-answer:${id}`));
		expect(mails).toHaveLength(1);
		expect(mails[0].recipient).toBe('kari@example.no');
		expect(mails[0].body).toContain('2027');

		// A reply to a decided question is refused.
		expect(
			await errorsOf(rejectQuestion(staff, { id, version: published.version, reason: 'For sent' }))
		).toEqual({ reason: 'question_error_state' });
	});

	it('holds spam off: the trap, a form sent too soon, an old form, too many links, empty, too long, the limit per address', async () => {
		const ctx = await citizen();
		expect(await errorsOf(ask(ctx, { website: 'http://spam.example' }))).toEqual({
			_form: 'public_form_refused'
		});
		expect(await errorsOf(ask(ctx, { startedAt: await formStartToken(env.db) }))).toEqual({
			_form: 'public_form_too_fast'
		});
		expect(
			await errorsOf(
				ask(ctx, { startedAt: await formStartToken(env.db, Date.now() - 2 * 86_400_000) })
			)
		).toEqual({ _form: 'public_form_expired' });
		expect(await errorsOf(ask(ctx, { startedAt: '123.abc.forged' }))).toEqual({
			_form: 'public_form_expired'
		});
		expect(
			await errorsOf(ask(ctx, { text: 'Se https://a.example https://b.example https://c.example' }))
		).toMatchObject({ text: 'question_error_links' });
		expect(await errorsOf(ask(ctx, { text: '' }))).toMatchObject({ text: 'question_error_text' });
		expect((await errorsOf(ask(ctx, { text: 'x'.repeat(20_000) }))).text).toMatch(
			/^error_max_length\|.*2000/
		);
		expect(await errorsOf(ask(ctx, { email: 'ikke-en-adresse' }))).toMatchObject({
			email: 'question_error_email'
		});
		expect(await errorsOf(ask(ctx, { consent: '' }))).toEqual({
			consent: 'question_error_consent'
		});
		// Without a name and an address no consent is needed.
		const anonymous = await ask(ctx, { name: '', email: '', consent: '' });
		expect(anonymous.id).not.toBeNull();
		// The same form posted twice is one question.
		const startedAt = await shown();
		const first = await ask(ctx, { startedAt, text: 'Ett spørsmål, sendt to ganger.' });
		const again = await ask(ctx, { startedAt, text: 'Ett spørsmål, sendt to ganger.' });
		expect([first.id !== null, again.id]).toEqual([true, null]);
		// The limit per address and hour.
		const error = await (async () => {
			for (let i = 0; i < 20; i++) await ask(ctx, { text: `Spørsmål nummer ${i}` });
		})().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RateLimitedError);
	});

	it('rejects with a reason, marks duplicates, and keeps the asker only as long as the setting says', async () => {
		const staff = await env.ctxAs('sekretariat');
		const one = await ask(await citizen(), { email: 'ola@example.no', name: 'Ola' });
		const two = await ask(await citizen(), { email: 'ola@example.no', name: 'Ola' });
		const rows = await env.db
			.select()
			.from(question)
			.where(eq(question.askerEmail, 'ola@example.no'));
		const v = (id: number | null) => rows.find((r) => r.id === id)!.version;
		expect(
			await errorsOf(rejectQuestion(staff, { id: one.id, version: v(one.id), reason: '' }))
		).toEqual({ reason: 'question_error_reason' });
		await rejectQuestion(staff, { id: one.id, version: v(one.id), reason: 'Utenfor mandatet.' });
		expect(
			await errorsOf(
				markDuplicate(staff, { id: two.id, version: v(two.id), duplicateOfId: two.id })
			)
		).toEqual({ duplicateOfId: 'question_error_duplicate' });
		await markDuplicate(staff, { id: two.id, version: v(two.id), duplicateOfId: one.id });

		// The administrator finds and exports what is kept on the address.
		const admin = await env.ctxAs('admin');
		expect((await findPersonData(admin, { email: 'OLA@example.no' })).questions).toHaveLength(2);
		const exported = await exportPersonData(admin, { email: 'ola@example.no' });
		expect(JSON.parse(String(exported.body)).questions[0]).toMatchObject({ askerName: 'Ola' });
		await expect(findPersonData(staff, { email: 'ola@example.no' })).rejects.toBeInstanceOf(
			ForbiddenError
		);

		// Decided 91 days ago: the retention job erases name and address, and only those.
		await env.db
			.update(question)
			.set({ decidedAt: new Date(Date.now() - 91 * 86_400_000) })
			.where(eq(question.id, one.id!));
		expect(await erasePersonalData(env.db, 90)).toEqual([one.id]);
		const [erased] = await env.db.select().from(question).where(eq(question.id, one.id!));
		expect([erased.askerName, erased.askerEmail, erased.text]).toEqual([
			null,
			null,
			'Når kommer det to tog i timen på Trønderbanen?'
		]);

		// And deletes the rest on request (article 17).
		expect(await deletePersonData(admin, { email: 'ola@example.no' })).toEqual({
			questions: 1,
			subscriptions: 0
		});
		expect((await findPersonData(admin, { email: 'ola@example.no' })).questions).toEqual([]);
	});
});
