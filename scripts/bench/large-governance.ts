import { asc, sql } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/platform/db/client.ts';
import type { MinutesContent } from '../../src/lib/server/governance/minutes.ts';
import { caseNumber } from '../../src/lib/server/governance/numbers.ts';
import { minutesVersion } from '../../src/lib/server/governance/records-schema.ts';
import { body, meeting, meetingCase } from '../../src/lib/server/governance/schema.ts';
import { freezeComparison } from '../../src/lib/server/reports/reports.ts';
import { statusReport } from '../../src/lib/server/reports/schema.ts';

export interface GovernanceScale {
	bodies: number;
	meetings: number;
	cases: number;
	/** Status reports, each a snapshot of every action point, on the first meetings. */
	snapshots: number;
}

async function inChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Seeds bodies, meetings with numbered cases and approved minutes, and status reports, for the
 * benchmark. Every tenth case is exempt. The snapshots differ from one to the next so that the
 * change computation has work to do.
 */
export async function seedLargeGovernance(
	db: Db,
	scale: GovernanceScale,
	programmeId: number,
	now = new Date()
) {
	const bodies = await db
		.insert(body)
		.values(
			Array.from({ length: scale.bodies }, (_, i) => ({
				slug: `organ-${i + 1}`,
				name: `Eksempelorgan ${i + 1}`,
				kind: 'working_committee' as const,
				description: 'Eksempel for ytelsestesten.'
			}))
		)
		.returning({ id: body.id });
	const day = 86_400_000;
	const meetingRows = Array.from({ length: scale.meetings }, (_, i) => ({
		bodyId: bodies[i % bodies.length].id,
		startsAt: new Date(now.getTime() - (scale.meetings - i) * 3 * day),
		place: 'Eksempel: rådhuset',
		status: 'minutes_approved' as const,
		minutesApprovedOn: new Date(now.getTime() - (scale.meetings - i) * 3 * day + 7 * day)
			.toISOString()
			.slice(0, 10),
		isExample: true
	}));
	const meetings: { id: number; bodyId: number; startsAt: Date }[] = [];
	await inChunks(meetingRows, 500, async (chunk) => {
		meetings.push(
			...(await db
				.insert(meeting)
				.values(chunk)
				.returning({ id: meeting.id, bodyId: meeting.bodyId, startsAt: meeting.startsAt }))
		);
	});
	const counters = new Map<string, number>();
	const perMeeting = Math.ceil(scale.cases / scale.meetings);
	const caseRows = Array.from({ length: scale.cases }, (_, i) => {
		const m = meetings[Math.floor(i / perMeeting) % meetings.length];
		const year = m.startsAt.getUTCFullYear();
		const key = `${m.bodyId}-${year}`;
		const number = (counters.get(key) ?? 0) + 1;
		counters.set(key, number);
		const exempt = i % 10 === 9;
		return {
			meetingId: m.id,
			bodyId: m.bodyId,
			year,
			number,
			title: `Eksempel: sak ${i + 1} om ${['sykkelveger', 'togtilbudet', 'busstilbudet', 'sentrumsplanen'][i % 4]}`,
			type: (['orientering', 'drofting', 'vedtak'] as const)[i % 3],
			memo: 'Eksempeltekst: **bakgrunn** for saken.\n\n- første punkt\n- andre punkt',
			proposedDecision: 'Eksempeltekst: forslag til vedtak.',
			decision: 'Eksempeltekst: vedtak som foreslått.',
			votesFor: i % 3 === 2 ? 10 : null,
			votesAgainst: i % 3 === 2 ? 2 : null,
			exempt,
			exemptBasis: exempt ? 'Offl. § 14' : '',
			isExample: true
		};
	});
	const cases: ((typeof caseRows)[number] & { id: number })[] = [];
	await inChunks(caseRows, 1000, async (chunk) => {
		const ids = await db.insert(meetingCase).values(chunk).returning({ id: meetingCase.id });
		chunk.forEach((row, k) => cases.push({ ...row, id: ids[k].id }));
	});
	const minutes = meetings.map((m) => ({
		meetingId: m.id,
		number: 1,
		content: {
			approvedOn: null,
			attendance: [],
			cases: cases
				.filter((c) => c.meetingId === m.id)
				.map((c) => ({
					id: c.id,
					caseNumber: caseNumber(c),
					title: c.title,
					exempt: c.exempt,
					exemptBasis: c.exemptBasis,
					decision: c.decision,
					votesFor: c.votesFor,
					votesAgainst: c.votesAgainst,
					votesAbstain: null,
					voteNote: '',
					followUps: []
				}))
		} satisfies MinutesContent
	}));
	await inChunks(minutes, 200, (chunk) => db.insert(minutesVersion).values(chunk));
	const reportMeetings = meetings.slice(0, scale.snapshots);
	await db.execute(sql`
		insert into status_report (meeting_id, programme_id, taken_at, as_of, is_example)
		select m.id, ${programmeId}, m.starts_at, (m.starts_at at time zone 'Europe/Oslo')::date, true
		from meeting m where m.id in ${reportMeetings.map((m) => m.id)}`);
	await db.execute(sql`
		insert into status_report_item (report_id, action_id, code, title, theme_name, theme_position,
			lead_name, status, progress, due_date, last_update_at, overdue_milestones, is_example)
		select r.id, a.id, a.code, a.title, t.name, t.sort_order, o.name,
			case when (a.id + r.n) % 11 = 0 then 'delayed' else a.status end,
			greatest(0, a.progress - ((${scale.snapshots} - r.n) * (a.id % 3)) / 4)::int,
			a.due_date, a.last_progress_at, ((a.id + r.n) % 13 = 0)::int, a.is_example
		from action a
		join theme t on t.id = a.theme_id
		join organisation o on o.id = a.lead_organisation_id
		cross join (select id, row_number() over (order by taken_at, id)::int as n from status_report) r
		where a.programme_id = ${programmeId}`);
	const reports = await db
		.select({ id: statusReport.id })
		.from(statusReport)
		.orderBy(asc(statusReport.takenAt), asc(statusReport.id));
	for (const report of reports) await freezeComparison(db, report.id);
	return {
		meetingId: meetings[meetings.length - 1].id,
		reportMeetingId: reportMeetings[reportMeetings.length - 1]?.id
	};
}
