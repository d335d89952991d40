import { formatDate, formatDateTime } from '../../intl.ts';
import { outlinePdf, type OutlineLine } from '../shared/documents.ts';
import { markdownBlocks } from '../shared/markdown.ts';
import type { Ctx } from '../core/context.ts';
import { PUBLIC_CACHE, type FileReply } from '../shared/files.ts';
import { documentTypes } from '../shared/uploads.ts';
import { NotFoundError } from '../core/errors.ts';
import { getMeeting } from './meetings.ts';
import type { MinutesContent } from './minutes.ts';
import { getPublicMeeting } from './public.ts';

const caseTypeText: Record<string, string> = {
	orientering: 'Orienteringssak',
	drofting: 'Drøftingssak',
	vedtak: 'Vedtakssak'
};
const attendanceText: Record<string, string> = { present: 'Til stede', absent: 'Forfall' };

/** What the agenda and minutes papers need of a meeting, internal or public. */
export interface MeetingPaper {
	bodyName: string;
	startsAt: Date;
	place: string;
	cases: {
		id: number;
		caseNumber: string;
		title: string;
		exempt: boolean;
		exemptBasis: string;
		type?: string;
		memo?: string;
		proposedDecision?: string;
		attachments?: { fileName: string }[];
	}[];
}

function heading(paper: MeetingPaper, kind: string): OutlineLine[] {
	const time = formatDateTime(paper.startsAt, 'full');
	return [
		{ kind: 'title', text: `${kind}: ${paper.bodyName}` },
		{ kind: 'meta', text: `Tid: ${time}` },
		...(paper.place ? [{ kind: 'meta' as const, text: `Sted: ${paper.place}` }] : [])
	];
}

const exemptLine = (basis: string): OutlineLine => ({
	kind: 'paragraph',
	text: `Unntatt offentlighet (${basis}).`
});

export function agendaOutline(paper: MeetingPaper): OutlineLine[] {
	const lines = heading(paper, 'Saksliste');
	for (const c of paper.cases) {
		lines.push({ kind: 'section', text: `Sak ${c.caseNumber}: ${c.title}` });
		if (c.exempt && c.memo === undefined) {
			lines.push(exemptLine(c.exemptBasis));
			continue;
		}
		if (c.exempt) lines.push(exemptLine(c.exemptBasis));
		if (c.type) lines.push({ kind: 'meta', text: caseTypeText[c.type] ?? c.type });
		for (const block of markdownBlocks(c.memo ?? '')) lines.push(block);
		if (c.proposedDecision)
			lines.push(
				{ kind: 'subheading', text: 'Forslag til vedtak' },
				{ kind: 'paragraph', text: c.proposedDecision }
			);
		for (const a of c.attachments ?? [])
			lines.push({ kind: 'item', text: `Vedlegg: ${a.fileName}` });
	}
	if (!paper.cases.length) lines.push({ kind: 'paragraph', text: 'Ingen saker på sakslisten.' });
	return lines;
}

/**
 * The minutes paper. Public minutes come with exempt cases already reduced (no decision in them);
 * the paper then says only that the case is exempt.
 */
export function minutesOutline(
	paper: MeetingPaper,
	minutes: Pick<MinutesContent, 'approvedOn' | 'attendance'> & {
		cases: (
			| { id: number; exempt: true; exemptBasis: string }
			| (MinutesContent['cases'][number] & { exempt: boolean })
		)[];
	}
): OutlineLine[] {
	const lines = heading(paper, 'Protokoll');
	lines.push({
		kind: 'meta',
		text: minutes.approvedOn
			? `Godkjent ${formatDate(minutes.approvedOn)}`
			: 'Utkast – ikke godkjent'
	});
	lines.push({ kind: 'section', text: 'Til stede og forfall' });
	for (const a of minutes.attendance.filter((row) => row.status))
		lines.push({
			kind: 'item',
			text: `${a.name}${a.organisation ? `, ${a.organisation}` : ''}: ${attendanceText[a.status!]}${a.inPlaceOf ? ` (for ${a.inPlaceOf})` : ''}`
		});
	for (const c of paper.cases) {
		lines.push({ kind: 'section', text: `Sak ${c.caseNumber}: ${c.title}` });
		const record = minutes.cases.find((x) => x.id === c.id);
		if (c.exempt) lines.push(exemptLine(c.exemptBasis));
		if (!record || !('decision' in record)) continue;
		if (record.decision)
			lines.push(
				{ kind: 'subheading', text: 'Vedtak' },
				{ kind: 'paragraph', text: record.decision }
			);
		const votes = [
			record.votesFor !== null ? `${record.votesFor} for` : '',
			record.votesAgainst !== null ? `${record.votesAgainst} mot` : '',
			record.votesAbstain !== null ? `${record.votesAbstain} avsto` : ''
		].filter(Boolean);
		if (votes.length || record.voteNote)
			lines.push({
				kind: 'meta',
				text: `Avstemning: ${[votes.join(', '), record.voteNote].filter(Boolean).join('. ')}`
			});
		for (const f of record.followUps)
			lines.push({
				kind: 'item',
				text: `Oppfølging: ${f.task} – ${f.holder}, frist ${formatDate(f.dueDate)}`
			});
	}
	return lines;
}

export const agendaPdf = (paper: MeetingPaper) =>
	outlinePdf(agendaOutline(paper), `Saksliste ${paper.bodyName}`);

export const minutesPdf = (paper: MeetingPaper, minutes: Parameters<typeof minutesOutline>[1]) =>
	outlinePdf(minutesOutline(paper, minutes), `Protokoll ${paper.bodyName}`);

const pdf = (body: Uint8Array, fileName: string, cache = 'private, no-store'): FileReply => ({
	body,
	fileName,
	contentType: documentTypes.pdf,
	cache
});

/** The public agenda or approved minutes of a published meeting, as a PDF. */
export async function publicMeetingPaper(
	ctx: Ctx,
	input: unknown,
	kind: 'agenda' | 'minutes'
): Promise<FileReply> {
	const pub = await getPublicMeeting(ctx, input);
	const paper = { ...pub.meeting, cases: pub.cases };
	if (kind === 'agenda')
		return pdf(await agendaPdf(paper), `Saksliste ${pub.meeting.bodyName}.pdf`, PUBLIC_CACHE);
	if (!pub.minutes) throw new NotFoundError('minutes');
	return pdf(
		await minutesPdf(paper, pub.minutes),
		`Protokoll ${pub.meeting.bodyName}.pdf`,
		PUBLIC_CACHE
	);
}

/**
 * The full agenda with exempt material, or the minutes as they now read (a draft until approved),
 * for those who may read the meeting inside.
 */
export async function meetingPaper(
	ctx: Ctx,
	input: unknown,
	kind: 'agenda' | 'minutes'
): Promise<FileReply> {
	const detail = await getMeeting(ctx, input);
	const paper = { ...detail.meeting, bodyName: detail.bodyName, cases: detail.cases };
	return kind === 'agenda'
		? pdf(await agendaPdf(paper), `Saksliste ${detail.bodyName}.pdf`)
		: pdf(await minutesPdf(paper, detail.minutes), `Protokoll ${detail.bodyName}.pdf`);
}
