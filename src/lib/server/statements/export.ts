import { formatDate } from '../../intl.ts';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { outlinePdf, type OutlineLine } from '../shared/documents.ts';
import { markdownBlocks } from '../shared/markdown.ts';
import type { Ctx } from '../core/context.ts';
import { PUBLIC_CACHE, type FileReply } from '../shared/files.ts';
import { documentTypes } from '../shared/uploads.ts';
import { getPublicStatement } from './queries.ts';

type PublicStatement = Awaited<ReturnType<typeof getPublicStatement>>;

const positionText: Record<string, string> = {
	endorses: 'Slutter seg til',
	reservation: 'Slutter seg til med særmerknad',
	declines: 'Slutter seg ikke til',
	undecided: 'Ikke avklart'
};

/** The statement as a sequence of plain blocks, shared by the DOCX and the PDF. */
export function statementOutline(pub: PublicStatement) {
	const s = pub.statement;
	const lines: OutlineLine[] = [
		{ kind: 'title', text: s.title },
		{ kind: 'meta', text: `Til: ${s.sentTo || s.recipient || '–'}` },
		{ kind: 'meta', text: `Dato: ${formatDate(s.sentOn)}` }
	];
	if (pub.hearingTitle) lines.push({ kind: 'meta', text: `Svar på høringen: ${pub.hearingTitle}` });
	for (const section of pub.sections) {
		if (section.heading) lines.push({ kind: 'section', text: section.heading });
		for (const block of markdownBlocks(section.body)) lines.push(block);
	}
	lines.push({ kind: 'section', text: 'Partnere som står bak uttalelsen' });
	for (const { organisation, recorded } of pub.endorsing) {
		lines.push({
			kind: 'item',
			text: `${organisation.name}: ${positionText[recorded!.position].toLowerCase()} (${recorded!.decidedBy} ${formatDate(recorded!.decidedOn)}, sak ${recorded!.caseNumber})`
		});
	}
	const reservations = pub.endorsing.filter((p) => p.recorded?.reservation);
	if (reservations.length) {
		lines.push({ kind: 'section', text: 'Særmerknader' });
		for (const { organisation, recorded } of reservations) {
			lines.push({ kind: 'subheading', text: organisation.name });
			lines.push({ kind: 'paragraph', text: recorded!.reservation });
		}
	}
	if (pub.declining.length) {
		lines.push({ kind: 'section', text: 'Slutter seg ikke til' });
		for (const { organisation, recorded } of pub.declining)
			lines.push({
				kind: 'item',
				text: `${organisation.name} (${recorded!.decidedBy} ${formatDate(recorded!.decidedOn)}, sak ${recorded!.caseNumber})`
			});
	}
	if (pub.undecided.length) {
		lines.push({ kind: 'section', text: 'Har ikke tatt stilling ennå' });
		for (const { organisation } of pub.undecided)
			lines.push({ kind: 'item', text: organisation.name });
	}
	if (pub.corrections.length) {
		lines.push({ kind: 'section', text: 'Rettelser' });
		for (const c of pub.corrections)
			lines.push({ kind: 'item', text: `Versjon ${c.number}: ${c.reason}` });
	}
	return lines;
}

export async function statementDocx(pub: PublicStatement): Promise<Uint8Array> {
	const paragraphs = statementOutline(pub).map((line) => {
		switch (line.kind) {
			case 'title':
				return new Paragraph({ text: line.text, heading: HeadingLevel.TITLE });
			case 'section':
				return new Paragraph({ text: line.text, heading: HeadingLevel.HEADING_1 });
			case 'heading':
			case 'subheading':
				return new Paragraph({ text: line.text, heading: HeadingLevel.HEADING_2 });
			case 'item':
				return new Paragraph({ text: line.text, bullet: { level: 0 } });
			case 'meta':
				return new Paragraph({ children: [new TextRun({ text: line.text, bold: true })] });
			default:
				return new Paragraph({ text: line.text, alignment: AlignmentType.LEFT });
		}
	});
	const document = new Document({
		creator: 'Samstemt',
		title: pub.statement.title,
		sections: [{ children: paragraphs }]
	});
	return new Uint8Array(await Packer.toBuffer(document));
}

export function statementPdf(pub: PublicStatement): Promise<Uint8Array> {
	return outlinePdf(statementOutline(pub), pub.statement.title);
}

/** A public statement as a DOCX or PDF paper. */
export async function statementFile(
	ctx: Ctx,
	input: unknown,
	format: 'docx' | 'pdf'
): Promise<FileReply> {
	const pub = await getPublicStatement(ctx, input);
	return format === 'docx'
		? {
				body: await statementDocx(pub),
				fileName: `${pub.statement.title}.docx`,
				contentType: documentTypes.docx,
				cache: PUBLIC_CACHE
			}
		: {
				body: await statementPdf(pub),
				fileName: `${pub.statement.title}.pdf`,
				contentType: documentTypes.pdf,
				cache: PUBLIC_CACHE
			};
}
