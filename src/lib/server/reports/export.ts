import { formatDate } from '../../intl.ts';
import { outlinePdf, type OutlineLine } from '../shared/documents.ts';
import type { Ctx } from '../core/context.ts';
import { PUBLIC_CACHE, type FileReply } from '../shared/files.ts';
import { documentTypes } from '../shared/uploads.ts';
import { getStatusReport, type StatusReportView } from './reports.ts';

const statusText: Record<string, string> = {
	not_started: 'Ikke startet',
	in_progress: 'Pågår',
	delayed: 'Forsinket',
	done: 'Fullført',
	stopped: 'Stanset'
};

/** The report as a paper: the one-page summary first, then the changes and every point by theme. */
export function reportOutline(r: StatusReportView): OutlineLine[] {
	const s = r.summary;
	const lines: OutlineLine[] = [
		{ kind: 'title', text: 'Status for handlingsprogrammet' },
		{ kind: 'meta', text: `${r.bodyName}, møte ${formatDate(r.meeting.startsAt)}` },
		{ kind: 'meta', text: `Øyeblikksbilde tatt ${formatDate(r.report.takenAt)}` },
		{ kind: 'section', text: 'Sammendrag' },
		{
			kind: 'paragraph',
			text: `${s.total} handlingspunkter, gjennomsnittlig framdrift ${s.averageProgress} %. ${s.withOverdueMilestones} punkter har milepæler over frist.`
		},
		...Object.entries(s.byStatus).map(([status, n]) => ({
			kind: 'item' as const,
			text: `${statusText[status]}: ${n}`
		}))
	];
	if (r.previous) {
		lines.push({
			kind: 'paragraph',
			text: `Siden forrige status (${formatDate(r.previous.takenAt)}): ${s.finished} fullført, ${s.newDelays} nye forsinkelser, ${s.statusMoves} statusendringer.`
		});
		lines.push({ kind: 'section', text: 'Endringer per tema' });
		for (const t of r.changes) {
			const entries = [
				...t.statusMoves.map(
					(c) => `${c.code} ${c.title}: ${statusText[c.from]} → ${statusText[c.to]}`
				),
				...t.progress.map((c) => `${c.code} ${c.title}: framdrift ${c.from} → ${c.to} %`),
				...t.newDelays.map((c) => `${c.code} ${c.title}: ny forsinkelse`),
				...t.added.map((c) => `${c.code} ${c.title}: nytt punkt`),
				...t.removed.map((c) => `${c.code} ${c.title}: tatt ut`)
			];
			if (!entries.length) continue;
			lines.push({ kind: 'subheading', text: t.themeName });
			for (const text of entries) lines.push({ kind: 'item', text });
		}
	} else {
		lines.push({
			kind: 'paragraph',
			text: 'Dette er det første øyeblikksbildet; det finnes ikke noe å sammenligne med.'
		});
	}
	lines.push({ kind: 'section', text: 'Alle handlingspunkter' });
	let theme = '';
	for (const i of r.items) {
		if (i.themeName !== theme) {
			theme = i.themeName;
			lines.push({ kind: 'subheading', text: theme });
		}
		lines.push({
			kind: 'item',
			text: `${i.code} ${i.title} – ${i.leadName}: ${statusText[i.status]}, ${i.progress} %${i.overdueMilestones ? `, ${i.overdueMilestones} milepæler over frist` : ''}`
		});
	}
	return lines;
}

export const reportPdf = (r: StatusReportView) =>
	outlinePdf(reportOutline(r), 'Status for handlingsprogrammet');

/** A meeting's status report as a PDF, for whoever may read the report. */
export async function statusReportFile(ctx: Ctx, input: unknown): Promise<FileReply> {
	const report = await getStatusReport(ctx, input);
	return {
		body: await reportPdf(report),
		fileName: 'Status for handlingsprogrammet.pdf',
		contentType: documentTypes.pdf,
		cache: ctx.actor ? 'private, no-store' : PUBLIC_CACHE
	};
}
