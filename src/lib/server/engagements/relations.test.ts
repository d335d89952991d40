import { and, eq, ne, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	getActionByCode,
	queryActions,
	getCurrentProgramme,
	readParties
} from '../actions/queries.ts';
import { action, actionParticipant } from '../actions/schema.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../core/errors.ts';
import { getFollowUpsPage } from '../governance/follow-ups.ts';
import { createMeasure, updateMeasure } from '../measures/commands.ts';
import { getMeasurePage, measuresOf } from '../measures/queries.ts';
import { organisation } from '../partners/schema.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { addNextStep, createEngagement, createInquiry, updateInquiry } from './commands.ts';
import {
	getEngagementPage,
	getInquiryPage,
	newEngagementForm,
	unansweredInquiries
} from './queries.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
let ids: Record<string, number>;
let ledBySteinkjer: string;
let notSteinkjers: string;
const today = '2026-06-01';

async function errorsOf(work: Promise<unknown>): Promise<Record<string, string>> {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fields;
}

const inquiryBase = {
	fromOrganisationId: '',
	fromRole: 'Forsker ved NTNU',
	kind: 'research',
	channel: 'email',
	receivedOn: '2026-05-02',
	topic: 'Samarbeid om en reisevaneundersøkelse',
	handlerId: '',
	status: 'new',
	answeredOn: '',
	outcome: '',
	actionCodes: ''
};

beforeAll(async () => {
	env = await createSeededDatabase();
	const orgs = await env.db
		.select({ id: organisation.id, slug: organisation.slug })
		.from(organisation);
	ids = Object.fromEntries(orgs.map((o) => [o.slug, o.id]));
	const programme = await getCurrentProgramme(env.db);
	const [led] = await env.db
		.select({ code: action.code })
		.from(action)
		.where(and(eq(action.programmeId, programme.id), eq(action.leadOrganisationId, ids.steinkjer)));
	ledBySteinkjer = led.code;
	const participating = env.db
		.select({ id: actionParticipant.actionId })
		.from(actionParticipant)
		.where(eq(actionParticipant.organisationId, ids.steinkjer));
	const [other] = await env.db
		.select({ code: action.code })
		.from(action)
		.where(
			and(
				eq(action.programmeId, programme.id),
				ne(action.leadOrganisationId, ids.steinkjer),
				notInArray(action.id, participating)
			)
		);
	notSteinkjers = other.code;
});
afterAll(() => env.database.drop());

describe('inquiries and engagements', () => {
	it('makes a chain: an inquiry, an engagement from it with a next step, a measure from that', async () => {
		const staff = await env.ctxAs('sekretariat');
		const inquiry = await createInquiry(
			staff,
			{ ...inquiryBase, actionCodes: ledBySteinkjer },
			today
		);
		expect(inquiry.fromRole).toBe('Forsker ved NTNU');
		const form = await newEngagementForm(staff, { henvendelse: String(inquiry.id) });
		expect(form.prefill).toMatchObject({ topic: inquiry.topic, inquiryId: inquiry.id });
		const engagement = await createEngagement(staff, {
			heldOn: '2026-05-20',
			topic: form.prefill!.topic,
			actorIds: [String(ids.steinkjer), String(ids['trondelag-fylkeskommune'])],
			participants: 'Utviklingsleder\n\nOrdfører i Steinkjer',
			summary: 'Vi ble enige om en felles søknad.',
			summaryIsPublic: '',
			inquiryId: String(inquiry.id),
			actionCodes: ledBySteinkjer
		});
		expect(engagement.participants).toEqual(['Utviklingsleder', 'Ordfører i Steinkjer']);
		await addNextStep(staff, {
			id: engagement.id,
			task: 'Skrive søknaden',
			organisationId: String(ids.steinkjer),
			personName: '',
			dueDate: '2026-06-20'
		});
		// The next step is in the follow-up list, for the holding organisation's users too.
		const partner = await env.ctxAs('steinkjer');
		const list = await getFollowUpsPage(partner, {}, today);
		expect(list.followUps.items.find((f) => f.task === 'Skrive søknaden')).toMatchObject({
			engagementTopic: 'Samarbeid om en reisevaneundersøkelse',
			caseNumber: null,
			mayComplete: true
		});
		// The lead organisation's user adds a measure under its action point, from the engagement.
		const created = await createMeasure(partner, {
			code: ledBySteinkjer,
			title: 'Reisevaneundersøkelse for Innherred',
			ownerId: String(ids.steinkjer),
			phase: 'planning',
			startsOn: '2026-08-01',
			endsOn: '2027-06-30',
			costEstimate: '1 200 000 kr',
			originKind: 'engagement',
			originId: String(engagement.id),
			fundingSource: ['municipal', 'county', 'state'],
			fundingAmount: ['400 000', '400000', '']
		});
		const page = await getEngagementPage(staff, { id: engagement.id });
		expect(page.measures.map((m) => [m.title, m.code])).toEqual([
			['Reisevaneundersøkelse for Innherred', ledBySteinkjer]
		]);
		expect(page.actors.map((a) => a.name).sort()).toEqual([
			'Steinkjer kommune',
			'Trøndelag fylkeskommune'
		]);
		const inquiryPage = await getInquiryPage(staff, { id: inquiry.id });
		expect(inquiryPage.engagements.map((e) => e.id)).toEqual([engagement.id]);
		// The public action page lists the measure with its funding.
		const publicAction = await getActionByCode(await env.ctxAs(null), { code: ledBySteinkjer });
		const measures = await measuresOf(env.db, publicAction.action.id);
		expect(measures).toEqual([
			expect.objectContaining({
				title: 'Reisevaneundersøkelse for Innherred',
				costEstimate: 1_200_000,
				funded: 800_000,
				funding: [
					{ source: 'municipal', amount: 400_000 },
					{ source: 'county', amount: 400_000 }
				]
			})
		]);
		const filtered = await queryActions(await env.ctxAs(null), {
			tiltak: 'planning',
			sort: 'code',
			limit: 50,
			offset: 0
		});
		expect(filtered.items.map((a) => a.code)).toContain(ledBySteinkjer);
		const none = await queryActions(await env.ctxAs(null), {
			tiltak: 'operation',
			sort: 'code',
			limit: 50,
			offset: 0
		});
		expect(none.items.map((a) => a.code)).not.toContain(ledBySteinkjer);
		// Changing the phase is saved; a stale form is refused.
		await updateMeasure(partner, {
			id: created.id,
			version: created.version,
			title: created.title,
			ownerId: String(ids.steinkjer),
			phase: 'funding_decided',
			fundingSource: [],
			fundingAmount: []
		});
		await expect(
			updateMeasure(partner, {
				id: created.id,
				version: created.version,
				title: created.title,
				ownerId: String(ids.steinkjer),
				phase: 'idea'
			})
		).rejects.toBeInstanceOf(ConflictError);
	});

	it('keeps measures to those who may edit the action point, and refuses bad amounts and dates', async () => {
		const partner = await env.ctxAs('steinkjer');
		const measure = {
			code: notSteinkjers,
			title: 'Ny busslomme',
			ownerId: String(ids.steinkjer),
			phase: 'idea'
		};
		await expect(createMeasure(partner, measure)).rejects.toBeInstanceOf(ForbiddenError);
		const staff = await env.ctxAs('sekretariat');
		// Added by the secretariat with Steinkjer as its owner, Steinkjer keeps it up to date,
		// but cannot hand it to another organisation; Verdal cannot touch it.
		const owned = await createMeasure(staff, measure);
		const page = await getMeasurePage(partner, { id: String(owned.id) });
		expect(page.owners.map((o) => o.value)).toEqual([ids.steinkjer]);
		const moved = await updateMeasure(partner, {
			...measure,
			id: owned.id,
			version: owned.version,
			phase: 'planning'
		});
		expect(moved.phase).toBe('planning');
		await expect(
			updateMeasure(partner, {
				...measure,
				id: owned.id,
				version: moved.version,
				ownerId: String(ids.verdal)
			})
		).rejects.toBeInstanceOf(ForbiddenError);
		const parties = (await readParties(
			env.db,
			(await getMeasurePage(staff, { id: String(owned.id) })).measure.actionId
		))!;
		const outsider = ['verdal', 'levanger', 'frosta', 'inderoy', 'snasa'].find(
			(slug) =>
				parties.leadOrganisationId !== ids[slug] && !parties.participantIds.includes(ids[slug])
		)!;
		await expect(
			updateMeasure(await env.ctxAs(outsider), {
				...measure,
				id: owned.id,
				version: moved.version
			})
		).rejects.toBeInstanceOf(ForbiddenError);
		expect(
			await errorsOf(
				createMeasure(staff, {
					...measure,
					costEstimate: '-5',
					startsOn: '2027-01-01',
					endsOn: '2026-01-01',
					fundingSource: ['state', 'state'],
					fundingAmount: ['1', '2']
				})
			)
		).toMatchObject({ costEstimate: 'measure_error_amount', endsOn: 'measure_error_dates' });
		expect(
			await errorsOf(createMeasure(staff, { ...measure, costEstimate: '1e15' }))
		).toMatchObject({ costEstimate: 'measure_error_amount' });
		expect(
			await errorsOf(
				createMeasure(staff, {
					...measure,
					fundingSource: ['state', 'state'],
					fundingAmount: ['1', '2']
				})
			)
		).toMatchObject({ fundingAmount: 'measure_error_funding_twice' });
		expect(
			await errorsOf(
				createMeasure(staff, { ...measure, originKind: 'inquiry', originId: '999999' })
			)
		).toMatchObject({ originKind: 'error_choice' });
	});

	it('refuses an inquiry without a sender, answered before it came or answered without a date; lists the unanswered', async () => {
		const staff = await env.ctxAs('sekretariat');
		expect(
			await errorsOf(createInquiry(staff, { ...inquiryBase, fromRole: '' }, today))
		).toMatchObject({ fromRole: 'inquiry_error_from' });
		expect(
			await errorsOf(
				createInquiry(
					staff,
					{ ...inquiryBase, status: 'answered', answeredOn: '2026-05-01' },
					today
				)
			)
		).toMatchObject({ answeredOn: 'inquiry_error_answered_order' });
		expect(
			await errorsOf(createInquiry(staff, { ...inquiryBase, status: 'answered' }, today))
		).toMatchObject({ answeredOn: 'inquiry_error_answered_missing' });
		expect(
			await errorsOf(createInquiry(staff, { ...inquiryBase, receivedOn: '2026-06-02' }, today))
		).toMatchObject({ receivedOn: 'error_date_future' });
		const old = await createInquiry(staff, { ...inquiryBase, receivedOn: '2026-05-10' }, today);
		expect((await unansweredInquiries(staff, '2026-05-25')).map((i) => i.id)).toContain(old.id);
		await updateInquiry(
			staff,
			{
				...inquiryBase,
				id: old.id,
				version: old.version,
				receivedOn: '2026-05-10',
				status: 'answered',
				answeredOn: '2026-05-26',
				outcome: 'meeting_held'
			},
			today
		);
		expect((await unansweredInquiries(staff, '2026-05-27')).map((i) => i.id)).not.toContain(old.id);
		for (const who of ['steinkjer', 'leser'])
			await expect(createInquiry(await env.ctxAs(who), inquiryBase, today)).rejects.toBeInstanceOf(
				ForbiddenError
			);
	});
});
