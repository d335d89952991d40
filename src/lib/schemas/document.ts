import { z } from 'zod';
import {
	actionCode,
	checkbox,
	idList,
	isoDate,
	pageOffset,
	rowId,
	splitCodes,
	tooLong,
	uploadedFile
} from './common.ts';
import { documentKinds } from './values.ts';

/** What a document in the library is: the metadata form, with or without a file. */
export const documentInput = z.object({
	title: z
		.string({ error: 'error_required' })
		.trim()
		.min(3, { error: 'error_required' })
		.max(200, tooLong(200)),
	kind: z.enum(documentKinds, { error: 'error_choice' }),
	issuedOn: isoDate,
	description: z.string().trim().max(2_000, tooLong(2_000)).default(''),
	isPublic: checkbox,
	themeIds: idList,
	matterIds: idList,
	/** Action point codes, as typed: "HA16, HA27". */
	actionCodes: z.preprocess(splitCodes, z.array(actionCode).max(100))
});
export type DocumentInput = z.infer<typeof documentInput>;

/** A file for a document: its first version, or a new one. */
export const documentFile = z.object({
	file: uploadedFile('document_error_empty'),
	note: z.string().trim().max(300, tooLong(300)).default('')
});

/** The library as the public and the workspace filter it; filters that cannot be read mean "all". */
export const documentQuery = z.object({
	type: z.enum(documentKinds).optional().catch(undefined),
	tema: rowId.optional().catch(undefined),
	sak: rowId.optional().catch(undefined),
	offset: pageOffset
});

/** One version's file: `/dokumenter/12/3`. */
export const documentVersionRef = z.object({ id: rowId, number: rowId });
