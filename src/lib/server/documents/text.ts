// The words of an uploaded document, for the search: PDF with unpdf (PDF.js built for servers),
// DOCX with mammoth. Other formats (spreadsheets) are kept without text.
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { ValidationError } from '../core/errors.ts';
import { documentTypes } from '../shared/uploads.ts';

/** More text than this is not searched: a document's first 200,000 characters are. */
export const MAX_DOCUMENT_TEXT = 200_000;

/**
 * Reads a checked document's text. A file whose content passed the type check but cannot be read
 * (a damaged or encrypted PDF) is refused with a message, since nobody could read it either.
 */
export async function documentText(contentType: string, content: Uint8Array): Promise<string> {
	try {
		let text = '';
		if (contentType === documentTypes.pdf) {
			const pdf = await getDocumentProxy(new Uint8Array(content));
			try {
				text = (await extractText(pdf, { mergePages: true })).text;
			} finally {
				await pdf.cleanup();
			}
		} else if (contentType === documentTypes.docx) {
			text = (await mammoth.extractRawText({ buffer: Buffer.from(content) })).value;
		}
		// NUL and other control characters are not text; PostgreSQL refuses NUL in a text column.
		return (
			text
				// eslint-disable-next-line no-control-regex
				.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ')
				.slice(0, MAX_DOCUMENT_TEXT)
		);
	} catch {
		throw new ValidationError({ file: 'document_error_unreadable' });
	}
}
