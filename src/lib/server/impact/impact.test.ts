import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditTrail } from '../core/audit.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../core/errors.ts';
import { createStatement } from '../statements/commands.ts';
import { statement } from '../statements/schema.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { recordOutcome, setDemands } from './commands.ts';
import { getImpactPage, impactOf, impactSummary } from './queries.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
let sent: number;
let other: number;
const today = '2026-06-01';

async function errorsOf(work: Promise<unknown>): Promise<Record<string, string>> {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fields;
}

/** A statement as the sending step leaves it. */
async function sentStatement(title: string, recipient: string, sentOn: string) {
	const created = await createStatement(await env.ctxAs('sekretariat'), {
		title,
		hearingId: '',
		sectionKey: [''],
		sectionHeading: ['Innledning'],
		sectionBody: ['Tekst']
	});
	await env.db
		.update(statement)
		.set({ status: 'sent', sentOn, sentTo: recipient })
		.where(eq(statement.id, created.id));
	return created.id;
}

beforeAll(async () => {
	env = await createSeededDatabase();
	sent = await sentStatement('Uttalelse om togtilbudet', 'Jernbanedirektoratet', '2026-03-01');
	other = await sentStatement('Uttalelse om bussruter', 'AtB AS', '2025-10-01');
});
afterAll(() => env.database.drop());

describe('the impact of the common voice', () => {
	it('keeps a sent statement’s demands in order, then each one’s outcome with its evidence, audited', async () => {
		const ctx = await env.ctxAs('sekretariat');
		await setDemands(ctx, {
			id: sent,
			version: 0,
			demands: 'To tog i timen på Trønderbanen\r\n\r\nNye kryssingsspor\nBedre overgang til buss'
		});
		const page = await getImpactPage(ctx, { id: sent });
		expect(page.impact.demands.map((d) => [d.position, d.text, d.outcome])).toEqual([
			[1, 'To tog i timen på Trønderbanen', 'open'],
			[2, 'Nye kryssingsspor', 'open'],
			[3, 'Bedre overgang til buss', 'open']
		]);
		const ids = page.impact.demands.map((d) => String(d.id));
		await recordOutcome(
			ctx,
			{
				id: sent,
				version: page.impact.version,
				decision: 'Togtilbudet fra desember 2026',
				decidedOn: '2026-05-20',
				decisionUrl: 'https://www.example.no/vedtak',
				demandId: ids,
				outcome: ['met', 'partly', 'not_met'],
				evidence: ['Vedtatt.', 'Ett av to spor.', '']
			},
			today
		);
		const after = await impactOf(env.db, sent);
		expect(after.decision).toEqual({
			text: 'Togtilbudet fra desember 2026',
			on: '2026-05-20',
			url: 'https://www.example.no/vedtak'
		});
		expect(after.demands.map((d) => [d.outcome, d.evidence])).toEqual([
			['met', 'Vedtatt.'],
			['partly', 'Ett av to spor.'],
			['not_met', '']
		]);
		// The list is fixed once outcomes are known, and a stale form is a conflict.
		expect(
			await errorsOf(setDemands(ctx, { id: sent, version: after.version, demands: 'Noe annet' }))
		).toEqual({ demands: 'impact_error_demands_locked' });
		await expect(
			setDemands(ctx, { id: sent, version: page.impact.version, demands: 'Noe annet' })
		).rejects.toBeInstanceOf(ConflictError);
		const trail = await listAuditTrail(await env.ctxAs('admin'), 'statement', sent);
		expect(trail.map((e) => e.kind)).toEqual(['record_outcome', 'set_demands', 'create']);
	});

	it('refuses demands on an unsent statement, an outcome on another statement’s demand, dates out of order', async () => {
		const ctx = await env.ctxAs('sekretariat');
		const draft = await createStatement(ctx, {
			title: 'Utkast',
			hearingId: '',
			sectionKey: [''],
			sectionHeading: [''],
			sectionBody: ['Tekst']
		});
		expect(await errorsOf(setDemands(ctx, { id: draft.id, version: 0, demands: 'Krav' }))).toEqual({
			demands: 'impact_error_not_sent'
		});
		expect(await errorsOf(setDemands(ctx, { id: other, version: 0, demands: '\n \n' }))).toEqual({
			demands: 'impact_error_demands'
		});
		await setDemands(ctx, { id: other, version: 0, demands: 'Flere avganger' });
		const foreign = (await impactOf(env.db, sent)).demands[0].id;
		const base = {
			id: other,
			version: 1,
			decision: 'Ruteplan 2026',
			decidedOn: '2026-01-10',
			decisionUrl: '',
			demandId: [String(foreign)],
			outcome: ['met'],
			evidence: ['']
		};
		expect(await errorsOf(recordOutcome(ctx, base, today))).toEqual({
			outcome: 'impact_error_other_demand'
		});
		const own = String((await impactOf(env.db, other)).demands[0].id);
		expect(
			await errorsOf(
				recordOutcome(ctx, { ...base, demandId: [own], decidedOn: '2025-09-30' }, today)
			)
		).toEqual({ decidedOn: 'impact_error_before_sent' });
		expect(
			await errorsOf(
				recordOutcome(ctx, { ...base, demandId: [own], decidedOn: '2026-06-02' }, today)
			)
		).toEqual({ decidedOn: 'impact_error_future' });
		expect(
			await errorsOf(recordOutcome(ctx, { ...base, demandId: [own], outcome: ['kanskje'] }, today))
		).toMatchObject({ outcome: 'error_choice' });
		expect((await impactOf(env.db, other)).demands[0].outcome).toBe('open');
		for (const who of ['steinkjer', 'leser'])
			await expect(
				setDemands(await env.ctxAs(who), { id: other, version: 1, demands: 'x' })
			).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('sums demands by outcome, per year sent and per recipient', async () => {
		const summary = await impactSummary(env.db);
		const rail = summary.byRecipient.find((r) => r.key === 'Jernbanedirektoratet');
		expect(rail).toMatchObject({ met: 1, partly: 1, not_met: 1, open: 0, total: 3 });
		expect(summary.byYear.find((y) => y.key === '2025')).toMatchObject({ open: 1, total: 1 });
		const all = summary.byYear.reduce((sum, y) => sum + y.total, 0);
		expect(summary.total.total).toBe(all);
	});
});
