// The open API's view of the meetings: what /api/v1/meetings answers.
import { meetingQuery } from '../../schemas/meeting-query.ts';
import type { Ctx } from '../core/context.ts';
import { parseInput } from '../core/validate.ts';
import { getPublicMeeting, queryPublicMeetings, type PublicMeeting } from './public.ts';

type PublicMeetingRow = Awaited<ReturnType<typeof queryPublicMeetings>>['rows'][number];

/** Published meetings of public bodies; `q` searches what the public may read of the cases. */
export async function apiListMeetings(ctx: Ctx, input: unknown) {
	const query = parseInput(meetingQuery, input);
	const page = await queryPublicMeetings(ctx.db, query);
	return {
		total: page.total,
		limit: query.limit,
		offset: query.offset,
		items: page.rows.map((row) => meetingSummaryJson(row, ctx.origin))
	};
}

/** One published meeting. */
export async function apiGetMeeting(ctx: Ctx, input: unknown) {
	return meetingJson(await getPublicMeeting(ctx, input), ctx.origin);
}

/** A meeting in the API's list. */
export const meetingSummaryJson = (row: PublicMeetingRow, origin: string) => ({
	id: row.id,
	body: { slug: row.bodySlug, name: row.bodyName },
	startsAt: row.startsAt,
	place: row.place,
	status: row.status,
	isExample: row.isExample,
	url: `${origin}/moter/${row.id}`
});

/**
 * A published meeting in the API, built from the public view only: an exempt case has nothing but
 * its number, title and legal basis here too.
 */
export function meetingJson(pub: PublicMeeting, origin: string) {
	return {
		...meetingSummaryJson(pub.meeting, origin),
		cases: pub.cases.map((c) =>
			c.exempt
				? { caseNumber: c.caseNumber, title: c.title, exempt: true, exemptBasis: c.exemptBasis }
				: {
						caseNumber: c.caseNumber,
						title: c.title,
						exempt: false,
						type: c.type,
						memo: c.memo,
						proposedDecision: c.proposedDecision,
						isExample: c.isExample,
						links: c.links.map((l) => ({
							kind: l.kind,
							label: l.label,
							url: l.href ? `${origin}${l.href}` : null
						})),
						attachments: c.attachments.map((a) => ({
							fileName: a.fileName,
							size: a.size,
							url: `${origin}/moter/${pub.meeting.id}/vedlegg/${a.id}`
						}))
					}
		),
		minutes: pub.minutes && {
			approvedOn: pub.minutes.approvedOn,
			attendance: pub.minutes.attendance
				.filter((a) => a.status)
				.map((a) => ({
					name: a.name,
					organisation: a.organisation,
					role: a.role,
					status: a.status,
					inPlaceOf: a.inPlaceOf
				})),
			decisions: pub.minutes.cases.map((c) =>
				c.exempt
					? { caseNumber: c.caseNumber, exempt: true }
					: {
							caseNumber: c.caseNumber,
							exempt: false,
							decision: c.decision,
							votes: { for: c.votesFor, against: c.votesAgainst, abstain: c.votesAbstain },
							voteNote: c.voteNote,
							followUps: c.followUps
						}
			)
		},
		corrections: pub.corrections
	};
}
