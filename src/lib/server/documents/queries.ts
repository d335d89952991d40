// The library as the public and the workspace read it. `view` is the one rule: the public reads
// public documents only, everyone logged in reads them all; every read goes through `visible`.
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { idRef } from '../../schemas/common.ts';
import { documentQuery, documentVersionRef } from '../../schemas/document.ts';
import { action } from '../actions/schema.ts';
import { allow, canManageDocuments, canUseWorkspace } from '../core/access.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { matter } from '../matters/schema.ts';
import type { FileReply } from '../shared/files.ts';
import { theme } from '../strategy/schema.ts';
import { libraryDocument, libraryDocumentLink, libraryDocumentVersion } from './schema.ts';
import { themeChoices } from '../strategy/queries.ts';
import { matterChoices } from '../matters/view.ts';

export const DOCUMENT_PAGE = 20;
type View = 'public' | 'internal';
const visible = (view: View): SQL | undefined =>
	view === 'public' ? eq(libraryDocument.isPublic, true) : undefined;

interface DocumentFilter {
	type?: (typeof libraryDocument.$inferSelect)['kind'];
	tema?: number;
	sak?: number;
}

const linkedTo = (kind: 'theme' | 'matter', id: number) =>
	sql`exists (select 1 from ${libraryDocumentLink} l where l.document_id = ${libraryDocument.id} and l.kind = ${kind} and l.target_id = ${id})`;

/** One page of the library, newest first, with how many there are in all. */
async function documentRows(ctx: Ctx, view: View, filter: DocumentFilter, offset = 0) {
	const where = and(
		visible(view),
		filter.type ? eq(libraryDocument.kind, filter.type) : undefined,
		filter.tema ? linkedTo('theme', filter.tema) : undefined,
		filter.sak ? linkedTo('matter', filter.sak) : undefined
	);
	const [{ total }] = await ctx.db.select({ total: count() }).from(libraryDocument).where(where);
	const rows = await ctx.db
		.select({
			id: libraryDocument.id,
			title: libraryDocument.title,
			kind: libraryDocument.kind,
			issuedOn: libraryDocument.issuedOn,
			isPublic: libraryDocument.isPublic,
			isExample: libraryDocument.isExample,
			versions: sql<number>`(select count(*)::int from ${libraryDocumentVersion} v where v.document_id = ${libraryDocument.id})`
		})
		.from(libraryDocument)
		.where(where)
		.orderBy(desc(libraryDocument.issuedOn), desc(libraryDocument.id))
		.limit(DOCUMENT_PAGE)
		.offset(offset);
	return { rows, total };
}

/** The library's list, newest first, filtered by kind, theme and matter. */
async function listDocuments(ctx: Ctx, view: View, input: unknown) {
	const { type, tema, sak, offset } = parseInput(documentQuery, input);
	// A matter the view may not read filters nothing, and is not named.
	const [inMatter] = sak
		? await ctx.db
				.select({ id: matter.id, title: matter.title })
				.from(matter)
				.where(and(eq(matter.id, sak), view === 'public' ? eq(matter.isPublic, true) : undefined))
		: [];
	const filter = { type, tema, sak: inMatter?.id };
	const themes = await themeChoices(ctx.db);
	return {
		...(await documentRows(ctx, view, filter, offset)),
		limit: DOCUMENT_PAGE,
		offset,
		filter,
		matter: inMatter ?? null,
		themes
	};
}

/** The newest documents that belong to a matter, for its page, with how many there are in all. */
export const documentsOfMatter = (ctx: Ctx, view: View, matterId: number) =>
	documentRows(ctx, view, { sak: matterId });

export const getDocumentsPage = (ctx: Ctx, input: unknown) => listDocuments(ctx, 'public', input);

export async function getDocumentsAdmin(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	return {
		...(await listDocuments(ctx, 'internal', input)),
		canManage: canManageDocuments(ctx.actor)
	};
}

/** One document with its versions and what it belongs to; null when the view may not read it. */
async function readDocument(ctx: Ctx, view: View, id: number) {
	const [row] = await ctx.db
		.select()
		.from(libraryDocument)
		.where(and(eq(libraryDocument.id, id), visible(view)));
	if (!row) return null;
	const [versions, links] = await Promise.all([
		ctx.db
			.select({
				number: libraryDocumentVersion.number,
				fileName: libraryDocumentVersion.fileName,
				contentType: libraryDocumentVersion.contentType,
				size: libraryDocumentVersion.size,
				note: libraryDocumentVersion.note,
				uploadedByName: libraryDocumentVersion.uploadedByName,
				uploadedAt: libraryDocumentVersion.uploadedAt
			})
			.from(libraryDocumentVersion)
			.where(eq(libraryDocumentVersion.documentId, id))
			.orderBy(desc(libraryDocumentVersion.number)),
		ctx.db.select().from(libraryDocumentLink).where(eq(libraryDocumentLink.documentId, id))
	]);
	const ids = (kind: string) => links.filter((l) => l.kind === kind).map((l) => l.targetId);
	const [themes, matters, actions] = await Promise.all([
		ids('theme').length
			? ctx.db
					.select({ id: theme.id, name: theme.name })
					.from(theme)
					.where(inArray(theme.id, ids('theme')))
					.orderBy(asc(theme.sortOrder))
			: [],
		ids('matter').length
			? ctx.db
					.select({ id: matter.id, title: matter.title, slug: matter.slug })
					.from(matter)
					.where(
						and(
							inArray(matter.id, ids('matter')),
							view === 'public' ? eq(matter.isPublic, true) : undefined
						)
					)
					.orderBy(asc(matter.title))
			: [],
		ids('action').length
			? ctx.db
					.select({ id: action.id, code: action.code, title: action.title })
					.from(action)
					.where(inArray(action.id, ids('action')))
					.orderBy(asc(action.code))
			: []
	]);
	return { document: row, versions, themes, matters, actions };
}

export async function getDocumentPage(ctx: Ctx, input: unknown) {
	const { id } = parseInput(idRef, input);
	const found = await readDocument(ctx, 'public', id);
	if (!found) throw new NotFoundError('document');
	return found;
}

/** The workspace's page of a document: what it is, its versions, and for the secretariat its forms. */
export async function getDocumentAdmin(ctx: Ctx, input: unknown) {
	allow(ctx, canUseWorkspace);
	const { id } = parseInput(idRef, input);
	const found = await readDocument(ctx, 'internal', id);
	if (!found) throw new NotFoundError('document');
	const canManage = canManageDocuments(ctx.actor);
	const d = found.document;
	return {
		...found,
		canManage,
		choices: canManage ? await documentChoices(ctx) : null,
		values: {
			...d,
			themeIds: found.themes.map((t) => t.id),
			matterIds: found.matters.map((m) => m.id),
			actionCodes: found.actions.map((a) => a.code).join(', ')
		}
	};
}

/** The themes and matters a document may belong to, for the secretariat's forms. */
async function documentChoices(ctx: Ctx) {
	return {
		themes: await themeChoices(ctx.db),
		matters: await matterChoices(ctx.db, 'internal')
	};
}

export async function newDocumentForm(ctx: Ctx) {
	allow(ctx, canManageDocuments);
	return { choices: await documentChoices(ctx) };
}

/**
 * One version's file, as a download with its checked type: a public document's to anyone, an
 * internal one's to those logged in (a stranger is asked to log in; it may be theirs to read).
 */
export async function getDocumentFile(ctx: Ctx, input: unknown): Promise<FileReply> {
	const { id, number } = parseInput(documentVersionRef, input);
	const [row] = await ctx.db
		.select({
			isPublic: libraryDocument.isPublic,
			fileName: libraryDocumentVersion.fileName,
			contentType: libraryDocumentVersion.contentType,
			content: libraryDocumentVersion.content
		})
		.from(libraryDocumentVersion)
		.innerJoin(libraryDocument, eq(libraryDocument.id, libraryDocumentVersion.documentId))
		.where(
			and(eq(libraryDocumentVersion.documentId, id), eq(libraryDocumentVersion.number, number))
		);
	if (!row) throw new NotFoundError('document');
	if (!row.isPublic) allow(ctx, canUseWorkspace);
	return {
		body: row.content,
		fileName: row.fileName,
		contentType: row.contentType,
		cache: row.isPublic && !ctx.actor ? 'public, max-age=300' : 'private, no-store'
	};
}
