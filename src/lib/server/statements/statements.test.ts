import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditTrail } from '../core/audit.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../core/errors.ts';
import { renderMarkdown } from '../shared/markdown.ts';
import { organisation } from '../partners/schema.ts';
import { createSeededDatabase } from '../testing/database.ts';
import {
	addComment,
	createStatement,
	decideComment,
	freezeStatement,
	openInputRound,
	recordPosition,
	recordSending,
	saveStatementText,
	updateStatementMeta
} from './commands.ts';
import { diffSections } from './diff.ts';
import { commonVoice, getPublicStatement, getStatementPage, getVersionsPage } from './queries.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
const today = '2026-06-01';
let orgs: Record<string, number>;

async function errorsOf(work: Promise<unknown>): Promise<Record<string, string>> {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fields;
}

const text = (sections: [string, string][], extra: Record<string, unknown> = {}) => ({
	sectionKey: sections.map(() => ''),
	sectionHeading: sections.map((s) => s[0]),
	sectionBody: sections.map((s) => s[1]),
	...extra
});

beforeAll(async () => {
	env = await createSeededDatabase();
	const rows = await env.db
		.select({ id: organisation.id, slug: organisation.slug })
		.from(organisation);
	orgs = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
});
afterAll(() => env.database.drop());

const position = (slug: string, extra: Record<string, unknown> = {}) => ({
	organisationId: String(orgs[slug]),
	position: 'endorses',
	decidedBy: 'Formannskapet',
	decidedOn: '2026-05-20',
	caseNumber: '26/14',
	...extra
});

describe('a joint statement', () => {
	it('goes from draft through input and positions to a frozen, sent text', async () => {
		const staff = await env.ctxAs('sekretariat');
		const created = await createStatement(staff, {
			title: 'Innspill til rutetilbud',
			recipient: 'AtB',
			hearingId: '',
			...text([
				['Innledning', 'Innherredsbyen står samlet.'],
				['Tog', 'To tog i timen på Trønderbanen.']
			])
		});
		let detail = (await getStatementPage(staff, { id: created.id })).detail;
		expect(detail.latest.number).toBe(1);
		const [intro, train] = detail.latest.sections;
		expect(intro.key).toMatch(/^[a-z0-9-]{8}$/);

		// A second save keeps the keys, makes version 2; a save from version 1 again is refused.
		await saveStatementText(staff, {
			id: created.id,
			baseNumber: 1,
			sectionKey: [intro.key, train.key],
			sectionHeading: ['Innledning', 'Tog'],
			sectionBody: ['Innherredsbyen står samlet bak dette.', 'To tog i timen på Trønderbanen.']
		});
		await expect(
			saveStatementText(staff, { ...text([['X', 'Y']]), id: created.id, baseNumber: 1 })
		).rejects.toBeInstanceOf(ConflictError);
		const diff = (await getVersionsPage(staff, { id: created.id, fra: 1, til: 2 })).diff!;
		expect(diff.sections.map((s) => s.change)).toEqual(['changed', 'same']);
		expect(
			diff.sections[0].parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())
		).toEqual(['bak dette']);

		// Input round: partners comment per section until the date; the secretariat decides.
		await openInputRound(staff, { id: created.id, inputDeadline: '2026-06-10' }, today);
		const levanger = await env.ctxAs('levanger');
		const comment = await addComment(
			levanger,
			{ id: created.id, sectionKey: train.key, text: 'Nevn Levanger stasjon.' },
			today
		);
		expect(
			await errorsOf(
				addComment(
					levanger,
					{ id: created.id, sectionKey: train.key, text: 'For sent.' },
					'2026-06-11'
				)
			)
		).toEqual({ _form: 'statement_error_input_closed' });
		await expect(
			addComment(
				await env.ctxAs('leser'),
				{ id: created.id, sectionKey: train.key, text: 'Hei' },
				today
			)
		).rejects.toBeInstanceOf(ForbiddenError);
		await decideComment(staff, {
			id: created.id,
			inputId: comment.id,
			decision: 'partly',
			reason: 'Nevnt i innledningen.'
		});
		detail = (await getStatementPage(staff, { id: created.id })).detail;
		const trainInputs = detail.latest.sections.find((s) => s.key === train.key)!.inputs;
		expect(trainInputs.map((i) => [i.organisationName, i.input.decision])).toEqual([
			['Levanger', 'partly']
		]);

		// Positions: own organisation, or the secretariat on its behalf, recorded as such.
		await recordPosition(levanger, { ...position('levanger'), id: created.id }, today);
		await expect(
			recordPosition(levanger, { ...position('verdal'), id: created.id }, today)
		).rejects.toBeInstanceOf(ForbiddenError);
		await recordPosition(
			await env.ctxAs('verdal'),
			{
				...position('verdal', {
					position: 'reservation',
					reservation: 'Verdal vil ha stopp på Ørin.'
				}),
				id: created.id
			},
			today
		);
		await recordPosition(
			staff,
			{
				...position('frosta', { position: 'declines', decidedBy: 'Kommunestyret' }),
				id: created.id
			},
			today
		);
		expect(
			await errorsOf(
				recordPosition(
					staff,
					{ ...position('snasa', { position: 'reservation' }), id: created.id },
					today
				)
			)
		).toEqual({ reservation: 'position_error_reservation' });
		expect(
			await errorsOf(
				recordPosition(
					staff,
					{ ...position('snasa', { decidedOn: '2026-06-02' }), id: created.id },
					today
				)
			)
		).toEqual({ decidedOn: 'position_error_future' });
		expect(
			await errorsOf(recordPosition(staff, { ...position('atb'), id: created.id }, today))
		).toEqual({
			organisationId: 'position_error_not_signatory'
		});
		detail = (await getStatementPage(staff, { id: created.id })).detail;
		const frosta = detail.positions.find((p) => p.organisation.slug === 'frosta')!;
		expect(frosta.recorded).toMatchObject({
			position: 'declines',
			onBehalf: true,
			recordedByName: 'Sekretariatet'
		});

		// Freeze: the text is locked; a correction needs a reason and makes a new version.
		const fresh = (await getStatementPage(staff, { id: created.id })).detail.statement;
		await freezeStatement(staff, { id: created.id, version: fresh.version });
		expect(
			await errorsOf(
				saveStatementText(staff, { ...text([['Ny', 'tekst']]), id: created.id, baseNumber: 2 })
			)
		).toEqual({
			_form: 'statement_error_frozen'
		});
		expect(
			await errorsOf(
				saveStatementText(staff, {
					...text([['Ny', 'tekst']]),
					id: created.id,
					baseNumber: 2,
					correction: true
				})
			)
		).toEqual({ reason: 'statement_error_reason' });
		await saveStatementText(staff, {
			...text(
				[
					['Innledning', 'Innherredsbyen står samlet bak dette.'],
					['Tog', 'To tog i timen på Trønderbanen fra 2027.']
				],
				{ reason: 'Årstallet manglet.' }
			),
			id: created.id,
			baseNumber: 2,
			correction: true
		});
		expect(
			await errorsOf(
				recordSending(staff, { id: created.id, sentOn: '2026-06-02', sentTo: 'AtB' }, today)
			)
		).toEqual({
			sentOn: 'statement_error_sent_future'
		});
		await recordSending(
			staff,
			{ id: created.id, sentOn: '2026-06-01', sentTo: 'AtB, postmottak' },
			today
		);

		const pub = await getPublicStatement(await env.ctxAs(null), { id: created.id });
		expect(pub.statement.status).toBe('sent');
		expect(pub.endorsing.map((p) => p.organisation.slug).sort()).toEqual(['levanger', 'verdal']);
		expect(pub.endorsing.find((p) => p.organisation.slug === 'verdal')!.recorded!.reservation).toBe(
			'Verdal vil ha stopp på Ørin.'
		);
		expect(pub.declining.map((p) => p.organisation.slug)).toEqual(['frosta']);
		expect(pub.undecided).toHaveLength(5);
		expect(pub.corrections.map((c) => c.reason)).toEqual(['Årstallet manglet.']);
		expect(pub.sections[1].html).toBe('<p>To tog i timen på Trønderbanen fra 2027.</p>\n');

		const trail = await listAuditTrail(await env.ctxAs('admin'), 'statement', created.id);
		expect(trail.map((e) => e.kind)).toEqual(
			expect.arrayContaining([
				'create',
				'save_text',
				'open_input',
				'comment',
				'decide_input',
				'record_position',
				'freeze',
				'correct_text',
				'send'
			])
		);
	});

	it('is written by the secretariat only, and a draft is not public', async () => {
		await expect(
			createStatement(await env.ctxAs('steinkjer'), { title: 'X', ...text([['A', 'B']]) })
		).rejects.toBeInstanceOf(ForbiddenError);
		const staff = await env.ctxAs('sekretariat');
		expect(await errorsOf(createStatement(staff, { title: 'Tom', ...text([['', '']]) }))).toEqual({
			sectionBody: 'statement_error_no_text'
		});
		const draft = await createStatement(staff, { title: 'Utkast', ...text([['A', 'B']]) });
		const renamed = await updateStatementMeta(staff, {
			id: draft.id,
			version: draft.version,
			title: 'Utkast til uttalelse',
			recipient: 'Samferdselsdepartementet',
			hearingId: ''
		});
		expect(renamed).toMatchObject({ title: 'Utkast til uttalelse', version: draft.version + 1 });
		await expect(
			updateStatementMeta(staff, { id: draft.id, version: draft.version, title: 'Gammel' })
		).rejects.toBeInstanceOf(ConflictError);
		await expect(getPublicStatement(await env.ctxAs(null), { id: draft.id })).rejects.toThrow();
		expect(
			await errorsOf(recordPosition(staff, { ...position('steinkjer'), id: draft.id }, today))
		).toEqual({
			_form: 'position_error_draft'
		});
	});
});

describe('the common-voice figure', () => {
	it('counts sent statements every signatory endorsed, and the median days to sending', async () => {
		const figure = await commonVoice(await env.ctxAs(null));
		// The demo has two sent statements endorsed by all eight signatories, plus the one above.
		expect(figure.sent).toBe(3);
		expect(figure.unanimous).toBe(2);
		expect(figure.share).toBeCloseTo(2 / 3);
		expect(figure.medianDays).not.toBeNull();
	});
});

describe('statement text', () => {
	it('renders Markdown and strips what could run', () => {
		expect(
			renderMarkdown('**Viktig** <script>alert(1)</script> [lenke](javascript:alert(1))')
		).toBe('<p><strong>Viktig</strong> alert(1) <a rel="noopener">lenke</a></p>\n');
		expect(renderMarkdown('<img src=x onerror=alert(1)>')).toBe('');
		expect(renderMarkdown('# Tittel\n\nTekst & <b>mer</b>')).toBe(
			'<h3>Tittel</h3>\n<p>Tekst &amp; mer</p>\n'
		);
	});

	it('diffs sections by key, in the newer order, with removed ones last', () => {
		const a = [
			{ key: 'a', heading: 'A', body: 'en to tre' },
			{ key: 'b', heading: 'B', body: 'borte' }
		];
		const b = [
			{ key: 'c', heading: 'C', body: 'ny' },
			{ key: 'a', heading: 'A', body: 'en tre' }
		];
		expect(diffSections(a, b).map((d) => [d.key, d.change])).toEqual([
			['c', 'added'],
			['a', 'changed'],
			['b', 'removed']
		]);
	});
});
