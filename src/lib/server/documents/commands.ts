import { eq, sql } from 'drizzle-orm';
import { documentFile, documentInput, type DocumentInput } from '../../schemas/document.ts';
import { versionedRef } from '../../schemas/common.ts';
import { allow, canManageDocuments } from '../core/access.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { parseInput } from '../core/validate.ts';
import { lockRow, saveRow } from '../core/versioned.ts';
import { checkTags } from '../links/references.ts';
import { checkDocument } from '../shared/uploads.ts';
import { libraryDocument, libraryDocumentLink, libraryDocumentVersion } from './schema.ts';
import { documentText } from './text.ts';

/** Replaces a document's themes, matters and action points with the checked ones. */
async function writeLinks(
	tx: Tx,
	documentId: number,
	links: Awaited<ReturnType<typeof checkTags>>
) {
	await tx.delete(libraryDocumentLink).where(eq(libraryDocumentLink.documentId, documentId));
	// A document's form has no statements to tag.
	const rows = links.flatMap((r) =>
		r.kind === 'statement' ? [] : [{ ...r, kind: r.kind, documentId }]
	);
	if (rows.length) await tx.insert(libraryDocumentLink).values(rows);
}

const columnsOf = ({ themeIds: _t, matterIds: _m, actionCodes: _a, ...columns }: DocumentInput) =>
	columns;

/** A checked file and its text, read before the transaction: reading a PDF takes a while. */
async function readFile(raw: unknown) {
	const { file, note } = parseInput(documentFile, raw);
	const checked = await checkDocument(file.name, file.content);
	const text = await documentText(checked.contentType, file.content);
	return {
		...checked,
		note,
		text,
		size: file.content.byteLength,
		content: Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength)
	};
}

async function addVersion(
	tx: Tx,
	ctx: Ctx,
	documentId: number,
	file: Awaited<ReturnType<typeof readFile>>
) {
	const [row] = await tx
		.insert(libraryDocumentVersion)
		.values({
			...file,
			documentId,
			number: sql`(select coalesce(max(${libraryDocumentVersion.number}), 0) + 1 from ${libraryDocumentVersion} where ${libraryDocumentVersion.documentId} = ${documentId})`,
			uploadedBy: ctx.actor?.id ?? null,
			uploadedByName: ctx.actor?.name ?? ''
		})
		.returning({
			number: libraryDocumentVersion.number,
			fileName: libraryDocumentVersion.fileName,
			size: libraryDocumentVersion.size
		});
	return row;
}

/** A new document with its first file; metadata and file are checked before anything is written. */
export async function createDocument(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageDocuments);
	const input = parseInput(documentInput, raw);
	const file = await readFile(raw);
	return ctx.db.transaction(async (tx) => {
		const links = await checkTags(tx, input);
		const [row] = await tx.insert(libraryDocument).values(columnsOf(input)).returning();
		await writeLinks(tx, row.id, links);
		const version = await addVersion(tx, ctx, row.id, file);
		await recordAudit(tx, ctx.actor, {
			entity: 'document',
			entityId: row.id,
			kind: 'create',
			after: { ...row, ...input, file: version }
		});
		return row;
	});
}

/** Changes what is said about a document: its title, date, kind, links and who may read it. */
export async function updateDocument(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageDocuments);
	const { id, version } = parseInput(versionedRef, raw);
	const input = parseInput(documentInput, raw);
	return ctx.db.transaction(async (tx) => {
		const before = await lockRow(
			tx,
			libraryDocument,
			eq(libraryDocument.id, id),
			'document',
			version
		);
		const links = await checkTags(tx, input);
		const after = await saveRow(tx, libraryDocument, id, columnsOf(input));
		await writeLinks(tx, id, links);
		await recordAudit(tx, ctx.actor, {
			entity: 'document',
			entityId: id,
			kind: 'update',
			before,
			after: { ...after, ...input }
		});
		return after;
	});
}

/** A new version of a document's file; the earlier ones are kept and can still be read. */
export async function addDocumentVersion(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageDocuments);
	const { id, version } = parseInput(versionedRef, raw);
	const file = await readFile(raw);
	return ctx.db.transaction(async (tx) => {
		await lockRow(tx, libraryDocument, eq(libraryDocument.id, id), 'document', version);
		await saveRow(tx, libraryDocument, id, {});
		const added = await addVersion(tx, ctx, id, file);
		await recordAudit(tx, ctx.actor, {
			entity: 'document',
			entityId: id,
			kind: 'add_version',
			after: added
		});
		return added;
	});
}

/**
 * Deletes a document with every version, for a file that should never have been uploaded (one
 * holding personal data, say). The audit trail keeps what it was, not its content.
 */
export async function removeDocument(ctx: Ctx, raw: unknown) {
	allow(ctx, canManageDocuments);
	const { id, version } = parseInput(versionedRef, raw);
	await ctx.db.transaction(async (tx) => {
		const before = await lockRow(
			tx,
			libraryDocument,
			eq(libraryDocument.id, id),
			'document',
			version
		);
		const files = await tx
			.select({ number: libraryDocumentVersion.number, fileName: libraryDocumentVersion.fileName })
			.from(libraryDocumentVersion)
			.where(eq(libraryDocumentVersion.documentId, id));
		await tx.delete(libraryDocument).where(eq(libraryDocument.id, id));
		await recordAudit(tx, ctx.actor, {
			entity: 'document',
			entityId: id,
			kind: 'remove',
			before: { ...before, files }
		});
	});
}
