import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getActionByCode } from '../actions/queries.ts';
import { listAuditTrail } from '../core/audit.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../core/errors.ts';
import { createSeededDatabase } from '../testing/database.ts';
import {
	closeRound,
	createRound,
	publishRound,
	setHorizonFromRound,
	submitScores
} from './commands.ts';
import { getPublishedRound, getRoundPage } from './queries.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
const today = '2026-06-01';
const input = {
	title: 'Prioritering 2026',
	description: '',
	opensOn: '2026-06-01',
	closesOn: '2026-06-15',
	actionCodes: 'HA16, HA18',
	criterionName: ['Effekt på målene', 'Modenhet', ''],
	criterionWeight: ['2', '1', '']
};

async function errorsOf(work: Promise<unknown>): Promise<Record<string, string>> {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fields;
}

beforeAll(async () => {
	env = await createSeededDatabase();
});
afterAll(() => env.database.drop());

describe('a prioritisation round', () => {
	it('is set up by the secretariat with valid criteria, dates and action points', async () => {
		await expect(createRound(await env.ctxAs('steinkjer'), input, today)).rejects.toBeInstanceOf(
			ForbiddenError
		);
		const staff = await env.ctxAs('sekretariat');
		expect(
			await errorsOf(
				createRound(
					staff,
					{ ...input, criterionWeight: ['0', '1', ''], closesOn: '2026-05-30' },
					today
				)
			)
		).toMatchObject({
			criterionName: 'round_error_criterion',
			closesOn: 'round_error_closes_before_opens'
		});
		expect(
			await errorsOf(createRound(staff, { ...input, actionCodes: 'HA16 HA77' }, today))
		).toEqual({
			actionCodes: 'hearing_error_action_codes'
		});
	});

	it('takes every partner’s scores and ranks the points as computed by hand', async () => {
		const staff = await env.ctxAs('sekretariat');
		const round = await createRound(staff, input, today);
		const detail = await getRoundPage(staff, { id: round.id }, today);
		const [effect, readiness] = detail.criteria.map((c) => c.id);
		const id = Object.fromEntries(detail.actions.map((a) => [a.code, a.id]));
		const form = (x: [number, number], y: [number, number]) => ({
			[`score-${id.HA16}-${effect}`]: String(x[0]),
			[`score-${id.HA16}-${readiness}`]: String(x[1]),
			[`score-${id.HA18}-${effect}`]: String(y[0]),
			[`score-${id.HA18}-${readiness}`]: String(y[1])
		});
		// The same table as in ranking.test.ts: HA16 = X, HA18 = Y.
		await submitScores(
			await env.ctxAs('steinkjer'),
			{ id: round.id, ...form([5, 2], [2, 5]), [`comment-${id.HA18}`]: 'Viktig for oss' },
			today
		);
		await submitScores(await env.ctxAs('verdal'), { ...form([3, 3], [5, 5]), id: round.id }, today);
		await submitScores(
			await env.ctxAs('levanger'),
			{ ...form([4, 1], [5, 2]), id: round.id },
			today
		);
		expect(
			await errorsOf(
				submitScores(await env.ctxAs('levanger'), { ...form([6, 1], [5, 2]), id: round.id }, today)
			)
		).toEqual({ [`score-${id.HA16}-${effect}`]: 'round_error_score' });
		await expect(
			submitScores(staff, { ...form([1, 1], [1, 1]), id: round.id }, today)
		).rejects.toBeInstanceOf(ForbiddenError);

		const result = await getRoundPage(staff, { id: round.id }, today);
		expect(result.ranking.map((r) => r.action.code)).toEqual(['HA18', 'HA16']);
		expect(result.ranking[0].weighted).toBeCloseTo(4, 10);
		expect(result.ranking[0].spread).toBeCloseTo(Math.sqrt(2 / 3), 10);
		expect(result.ranking[1].weighted).toBeCloseTo(10 / 3, 10);
		expect(result.organisations.map((o) => o.shortName)).toEqual([
			'Levanger',
			'Steinkjer',
			'Verdal'
		]);
		expect(result.ranking[0].comments.map((c) => c.text)).toEqual(['Viktig for oss']);
		const mine = await getRoundPage(await env.ctxAs('verdal'), { id: round.id }, today);
		expect(mine.mine.scores[`score-${id.HA18}-${effect}`]).toBe('5');
		// Until the round closes, a partner's page carries its own scores and nothing of the others'.
		expect(mine.ranking).toEqual([]);
		expect(mine.organisations).toEqual([]);
		expect(new Set(mine.scores.map((s) => s.organisationId))).toEqual(
			new Set([(await env.actorFor('verdal')).organisationId])
		);

		// Not published before it is closed; closed rounds take no more scores.
		expect(await errorsOf(publishRound(staff, { id: round.id, published: 'true' }, today))).toEqual(
			{
				_form: 'round_error_not_closed'
			}
		);
		await closeRound(staff, { id: round.id });
		expect(
			await errorsOf(
				submitScores(await env.ctxAs('verdal'), { ...form([1, 1], [1, 1]), id: round.id }, today)
			)
		).toEqual({ _form: 'round_error_not_open' });
		await expect(
			getPublishedRound(await env.ctxAs(null), { id: round.id }, today)
		).rejects.toBeInstanceOf(NotFoundError);
		await publishRound(staff, { id: round.id, published: 'true' }, today);
		const published = await getPublishedRound(await env.ctxAs(null), { id: round.id }, today);
		expect(published.ranking[0].action.code).toBe('HA18');

		await setHorizonFromRound(staff, { id: round.id, actionId: id.HA18, horizon: 'short' });
		expect((await getActionByCode(staff, { code: 'HA18' })).action.horizon).toBe('short');
		const trail = await listAuditTrail(await env.ctxAs('admin'), 'action', 'HA18');
		expect(trail[0]).toMatchObject({ kind: 'set_horizon' });
		await expect(
			setHorizonFromRound(staff, { id: round.id, actionId: id.HA18 + 1000, horizon: 'short' })
		).rejects.toBeInstanceOf(NotFoundError);
	});
});
