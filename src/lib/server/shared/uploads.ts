import { fileTypeFromBuffer } from 'file-type';
import { ValidationError } from '../core/errors.ts';

/** Documents that hearings and cases may carry: the formats the partners exchange, by extension. */
export const documentTypes = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

/**
 * Checks an uploaded document: an allowed extension, at most 25 MB, and content that really is
 * what the extension says (a renamed file is refused).
 */
export async function checkDocument(
	fileName: string,
	content: Uint8Array
): Promise<{ fileName: string; contentType: string }> {
	const name = fileName.split(/[\\/]/).pop()!.trim().slice(0, 200);
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	if (!content.byteLength) throw new ValidationError({ file: 'document_error_empty' });
	if (content.byteLength > MAX_DOCUMENT_BYTES)
		throw new ValidationError({ file: 'document_error_too_large' });
	if (!(extension in documentTypes)) throw new ValidationError({ file: 'document_error_type' });
	const detected = await fileTypeFromBuffer(content);
	if (detected?.ext !== extension) throw new ValidationError({ file: 'document_error_mismatch' });
	return { fileName: name, contentType: documentTypes[extension as keyof typeof documentTypes] };
}
