import { isHttpError } from '@sveltejs/kit';
import { TooLargeError, ValidationError } from '../core/errors.ts';

/** An uploaded file as the domain gets it. */
export interface UploadedFile {
	name: string;
	type: string;
	content: Uint8Array;
}

/** A form as the domain gets it: a field sent once is a string, one sent several times a list. */
export type FormInput = Record<string, string | string[] | UploadedFile>;

/** Fields never sent back to the browser with a failed form. */
const SECRET = /password/i;

/**
 * Reads a request body as a form. A body that is not a form (plain text, broken multipart, no
 * content type) is a ValidationError, a body over the size limit a TooLargeError: neither is a 500.
 */
export async function readForm(request: Request): Promise<FormInput> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch (err) {
		if (isHttpError(err) && err.status === 413) throw new TooLargeError();
		if ((err as { status?: number })?.status === 413) throw new TooLargeError();
		throw new ValidationError({ _form: 'error_bad_body' });
	}
	const input: FormInput = {};
	for (const key of new Set(form.keys())) {
		const values = form.getAll(key);
		const file = values.find((v): v is File => typeof v !== 'string');
		if (file) {
			input[key] = {
				name: file.name,
				type: file.type,
				content: new Uint8Array(await file.arrayBuffer())
			};
			continue;
		}
		const texts = values as string[];
		input[key] = texts.length === 1 ? texts[0] : texts;
	}
	return input;
}

/** What a failed form gets back to show again: the text fields, without secrets or files. */
export function keptValues(input: FormInput): Record<string, string | string[]> {
	const kept: Record<string, string | string[]> = {};
	for (const [key, value] of Object.entries(input))
		if (!SECRET.test(key) && (typeof value === 'string' || Array.isArray(value))) kept[key] = value;
	return kept;
}

/** A URL's query as a plain object (the last value of a repeated parameter wins). */
export const queryOf = (url: URL): Record<string, string> => Object.fromEntries(url.searchParams);
