import PDFDocument from 'pdfkit';
import type { TextBlock } from './markdown.ts';

/** A document as plain blocks: what the PDF and DOCX exports are written from. */
export interface OutlineLine {
	kind: 'title' | 'meta' | 'section' | TextBlock['kind'] | 'subheading';
	text: string;
}

/** An A4 PDF of an outline, built with pdfkit. */
export function outlinePdf(lines: readonly OutlineLine[], title: string): Promise<Uint8Array> {
	const pdf = new PDFDocument({
		size: 'A4',
		margin: 56,
		lang: 'nb-NO',
		info: { Title: title, Creator: 'Samstemt' }
	});
	const chunks: Buffer[] = [];
	pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Uint8Array>((resolve, reject) => {
		pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
		pdf.on('error', reject);
	});
	for (const line of lines) {
		switch (line.kind) {
			case 'title':
				pdf.font('Helvetica-Bold').fontSize(18).text(line.text).moveDown(0.5);
				break;
			case 'meta':
				pdf.font('Helvetica').fontSize(11).text(line.text);
				break;
			case 'section':
				pdf.moveDown().font('Helvetica-Bold').fontSize(13).text(line.text).moveDown(0.3);
				break;
			case 'heading':
			case 'subheading':
				pdf.font('Helvetica-Bold').fontSize(11).text(line.text);
				break;
			case 'item':
				pdf.font('Helvetica').fontSize(11).text(`•  ${line.text}`, { indent: 12 });
				break;
			default:
				pdf.font('Helvetica').fontSize(11).text(line.text).moveDown(0.4);
		}
	}
	pdf.end();
	return done;
}
