import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../core/errors.ts';
import { organisation } from '../partners/schema.ts';
import { createSeededDatabase } from '../testing/database.ts';
import { user } from '../users/schema.ts';
import { addMember } from './bodies.ts';
import { completeFollowUp, getFollowUpsPage } from './follow-ups.ts';
import { addCase, createMeeting, getMeeting, getMeetingsPage, publishAgenda } from './meetings.ts';
import {
	addFollowUp,
	approveMinutes,
	listMinutesVersions,
	recordAttendance,
	recordDecision,
	type MinutesContent
} from './minutes.ts';
import { getPublicMeeting } from './public.ts';
import { body, bodyMember } from './schema.ts';

let env: Awaited<ReturnType<typeof createSeededDatabase>>;
let councilId: number;
let verdalId: number;

const failure = (p: Promise<unknown>) =>
	p.then(
		() => null,
		(e: unknown) => e
	);

beforeAll(async () => {
	env = await createSeededDatabase();
	[{ id: councilId }] = await env.db
		.select({ id: body.id })
		.from(body)
		.where(eq(body.slug, 'representantskapet'));
	[{ id: verdalId }] = await env.db
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.slug, 'verdal'));
});
afterAll(() => env.database.drop());

async function publishedMeeting(date: string) {
	const staff = await env.ctxAs('sekretariat');
	const m = await createMeeting(staff, { bodyId: String(councilId), date, time: '10:00' });
	const open = await addCase(staff, {
		id: m.id,
		title: 'Kollektivtilbudet',
		type: 'vedtak',
		memo: 'Åpent saksframlegg.',
		proposedDecision: 'Representantskapet slutter seg til planen.'
	});
	const exempt = await addCase(staff, {
		id: m.id,
		title: 'Forhandlinger om avtale',
		type: 'drofting',
		memo: 'FORTROLIG forhandlingsnotat.',
		exempt: 'on',
		exemptBasis: 'Offl. § 23'
	});
	await publishAgenda(staff, { id: m.id, version: m.version });
	return { m, open, exempt };
}

describe('minutes', () => {
	it('records attendance with a deputy, decisions, votes and follow-ups, then locks on approval', async () => {
		const staff = await env.ctxAs('sekretariat');
		const { m, open, exempt } = await publishedMeeting('2026-03-10');
		const deputy = await addMember(staff, {
			id: councilId,
			personName: 'Vararepresentant Verdal',
			organisationId: String(verdalId),
			role: 'deputy_member',
			fromDate: '2026-01-01'
		});
		const seats = await env.db
			.select()
			.from(bodyMember)
			.where(
				and(eq(bodyMember.bodyId, councilId), eq(bodyMember.personName, 'Representant Verdal 1'))
			);
		const regular = seats[0];

		// A deputy may only stand in for someone who is absent.
		const wrong = await failure(
			recordAttendance(staff, {
				id: m.id,
				[`status_${regular.id}`]: 'present',
				[`status_${deputy.id}`]: 'present',
				[`for_${deputy.id}`]: String(regular.id)
			})
		);
		expect((wrong as ValidationError).fields).toEqual({
			[`for_${deputy.id}`]: 'attendance_error_in_place_of'
		});
		await recordAttendance(staff, {
			id: m.id,
			[`status_${regular.id}`]: 'absent',
			[`status_${deputy.id}`]: 'present',
			[`for_${deputy.id}`]: String(regular.id)
		});
		const votes = await failure(
			recordDecision(staff, { caseId: open.id, decision: 'Vedtatt.', votesFor: '-1' })
		);
		expect((votes as ValidationError).fields).toEqual({ votesFor: 'minutes_error_votes' });
		await recordDecision(staff, {
			caseId: open.id,
			decision: 'Representantskapet slutter seg til planen.',
			votesFor: '12',
			votesAgainst: '3',
			votesAbstain: ''
		});
		await recordDecision(staff, { caseId: exempt.id, decision: 'FORTROLIG vedtak om mandat.' });
		const noHolder = await failure(
			addFollowUp(staff, { caseId: open.id, task: 'Følg opp planen', dueDate: '2026-06-01' })
		);
		expect((noHolder as ValidationError).fields).toEqual({
			organisationId: 'follow_up_error_holder'
		});
		await addFollowUp(staff, {
			caseId: open.id,
			task: 'Legg fram plan for busstilbudet',
			organisationId: String(verdalId),
			dueDate: '2026-06-01'
		});
		await expect(
			addFollowUp(await env.ctxAs('verdal'), {
				caseId: open.id,
				task: 'Forsøk',
				personName: 'Noen',
				dueDate: '2026-06-01'
			})
		).rejects.toBeInstanceOf(ForbiddenError);

		const held = (await getMeeting(staff, { id: m.id })).meeting;
		expect(held.status).toBe('held');
		// Approval: not before the meeting, not in the future, with the current version.
		const early = await failure(
			approveMinutes(
				staff,
				{ id: m.id, approvedOn: '2026-03-09', version: held.version },
				'2026-04-01'
			)
		);
		expect((early as ValidationError).fields).toEqual({
			approvedOn: 'minutes_error_before_meeting'
		});
		const future = await failure(
			approveMinutes(
				staff,
				{ id: m.id, approvedOn: '2026-04-02', version: held.version },
				'2026-04-01'
			)
		);
		expect((future as ValidationError).fields).toEqual({ approvedOn: 'minutes_error_future' });
		await expect(
			approveMinutes(
				staff,
				{ id: m.id, approvedOn: '2026-03-10', version: held.version - 1 },
				'2026-04-01'
			)
		).rejects.toBeInstanceOf(ConflictError);
		await approveMinutes(
			staff,
			{ id: m.id, approvedOn: '2026-03-10', version: held.version },
			'2026-04-01'
		);

		const [v1] = await listMinutesVersions(env.db, m.id);
		const content = v1.content as MinutesContent;
		expect(v1.number).toBe(1);
		expect(v1.reason).toBeNull();
		expect(content.approvedOn).toBe('2026-03-10');
		expect(content.attendance.find((a) => a.memberId === deputy.id)).toMatchObject({
			status: 'present',
			inPlaceOf: 'Representant Verdal 1'
		});
		expect(content.cases.find((c) => c.id === open.id)).toMatchObject({
			decision: 'Representantskapet slutter seg til planen.',
			votesFor: 12,
			votesAgainst: 3,
			votesAbstain: null,
			followUps: [
				{ task: 'Legg fram plan for busstilbudet', holder: 'Verdal kommune', dueDate: '2026-06-01' }
			]
		});

		// Locked: a change without a reason is refused and nothing moves.
		const locked = await failure(
			recordDecision(staff, { caseId: open.id, decision: 'Endret vedtak.' })
		);
		expect((locked as ValidationError).fields).toEqual({ reason: 'minutes_error_locked' });
		await expect(
			recordAttendance(staff, { id: m.id, [`status_${regular.id}`]: 'present' })
		).rejects.toBeInstanceOf(ValidationError);
		expect(await listMinutesVersions(env.db, m.id)).toHaveLength(1);

		// A correction is a new version with its reason; version 1 still reads as approved.
		await recordDecision(staff, {
			caseId: open.id,
			decision: 'Representantskapet slutter seg til planen, med endringene fra møtet.',
			votesFor: '12',
			votesAgainst: '3',
			reason: 'Vedtaket manglet endringene som ble vedtatt i møtet.'
		});
		const versions = await listMinutesVersions(env.db, m.id);
		expect(versions.map((v) => v.number)).toEqual([2, 1]);
		expect(versions[0].reason).toBe('Vedtaket manglet endringene som ble vedtatt i møtet.');
		const original = versions[1].content as MinutesContent;
		expect(original.cases.find((c) => c.id === open.id)!.decision).toBe(
			'Representantskapet slutter seg til planen.'
		);

		// The public sees the latest version and the correction, and nothing of the exempt case.
		const pub = await getPublicMeeting(await env.ctxAs(null), { id: m.id });
		expect(pub.minutes!.cases.find((c) => c.id === open.id)).toMatchObject({
			decision: 'Representantskapet slutter seg til planen, med endringene fra møtet.'
		});
		expect(pub.corrections).toEqual([
			expect.objectContaining({
				number: 2,
				reason: 'Vedtaket manglet endringene som ble vedtatt i møtet.'
			})
		]);
		expect(pub.minutes!.cases.find((c) => c.id === exempt.id)).toEqual({
			id: exempt.id,
			caseNumber: expect.any(String),
			title: 'Forhandlinger om avtale',
			exempt: true,
			exemptBasis: 'Offl. § 23'
		});
		expect(JSON.stringify(pub)).not.toContain('FORTROLIG');
	});

	it('refuses minutes before the agenda is published', async () => {
		const staff = await env.ctxAs('sekretariat');
		const m = await createMeeting(staff, {
			bodyId: String(councilId),
			date: '2026-04-10',
			time: '10:00'
		});
		const c = await addCase(staff, { id: m.id, title: 'Sak uten saksliste', type: 'orientering' });
		const error = await failure(
			recordDecision(staff, { caseId: c.id, decision: 'Tatt til orientering.' })
		);
		expect((error as ValidationError).fields).toEqual({ _form: 'minutes_error_no_agenda' });
	});
});

describe('follow-ups', () => {
	it('are closed with a result by the holding partner or the secretariat, no one else', async () => {
		const staff = await env.ctxAs('sekretariat');
		const { open } = await publishedMeeting('2026-05-05');
		const task = await addFollowUp(staff, {
			caseId: open.id,
			task: 'Utred pendlerparkering',
			organisationId: String(verdalId),
			dueDate: '2026-05-20'
		});
		const verdal = await env.ctxAs('verdal');
		const list = (await getFollowUpsPage(verdal, {}, '2026-06-01')).followUps;
		const mine = list.items.find((f) => f.id === task.id)!;
		expect(mine).toMatchObject({
			overdue: true,
			mayComplete: true,
			organisationName: 'Verdal kommune'
		});
		// Frosta has no seat in the council and does not hold the task.
		const frosta = await env.ctxAs('frosta');
		const theirs = (await getFollowUpsPage(frosta, {})).followUps;
		expect(theirs.items.map((f) => f.id)).not.toContain(task.id);
		await expect(
			completeFollowUp(frosta, { followUpId: task.id, result: 'Ferdig', version: '1' })
		).rejects.toBeInstanceOf(ForbiddenError);
		const short = await failure(
			completeFollowUp(verdal, { followUpId: task.id, result: '', version: '1' })
		);
		expect((short as ValidationError).fields).toEqual({ result: 'error_required' });
		await completeFollowUp(
			verdal,
			{ followUpId: task.id, result: 'Utredningen er levert.', version: '1' },
			'2026-05-19'
		);
		const done = (await getFollowUpsPage(staff, { vis: 'ferdige' })).followUps;
		expect(done.items.find((f) => f.id === task.id)).toMatchObject({
			doneOn: '2026-05-19',
			result: 'Utredningen er levert.'
		});
		await expect(
			completeFollowUp(verdal, { followUpId: task.id, result: 'Igjen', version: '1' })
		).rejects.toBeInstanceOf(ConflictError);
	});
});

describe('internal material', () => {
	it('is open to the members of the body and the partners sitting in it, once published', async () => {
		const staff = await env.ctxAs('sekretariat');
		const m = await createMeeting(staff, {
			bodyId: String(councilId),
			date: '2026-06-10',
			time: '10:00'
		});
		await addCase(staff, {
			id: m.id,
			title: 'Intern sak',
			type: 'drofting',
			memo: 'INTERNT notat.',
			exempt: 'on',
			exemptBasis: 'Offl. § 14'
		});
		const verdal = await env.ctxAs('verdal');
		const reader = await env.ctxAs('leser');
		// Not before the agenda is out, except for the secretariat.
		await expect(getMeeting(verdal, { id: m.id })).rejects.toBeInstanceOf(NotFoundError);
		await publishAgenda(staff, { id: m.id, version: m.version });
		expect((await getMeeting(verdal, { id: m.id })).cases[0].memo).toBe('INTERNT notat.');
		await expect(getMeeting(await env.ctxAs('frosta'), { id: m.id })).rejects.toBeInstanceOf(
			NotFoundError
		);
		// Frosta still finds the published meeting of a public body, to read on its public page.
		const listed = (await getMeetingsPage(await env.ctxAs('frosta'), {})).meetings;
		expect(listed.rows.find((r) => r.id === m.id)?.inside).toBe(false);
		const theirs = (await getMeetingsPage(verdal, {})).meetings;
		expect(theirs.rows.find((r) => r.id === m.id)?.inside).toBe(true);
		// A reader gets in by holding a seat with their own account.
		await expect(getMeeting(reader, { id: m.id })).rejects.toBeInstanceOf(NotFoundError);
		const [account] = await env.db
			.select({ id: user.id })
			.from(user)
			.where(eq(user.id, reader.actor!.id));
		await addMember(staff, {
			id: councilId,
			personName: 'Observatør med konto',
			role: 'observer',
			userId: account.id,
			fromDate: '2026-01-01'
		});
		expect((await getMeeting(reader, { id: m.id })).cases[0].memo).toBe('INTERNT notat.');
	});
});
