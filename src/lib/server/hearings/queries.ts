import { aliasedTable, and, asc, count, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import { idRef, paging } from '../../schemas/common.ts';
import { hearingDocumentRef } from '../../schemas/hearing.ts';
import { allow, canManageHearings, canUseWorkspace } from '../core/access.ts';
import { parseInput } from '../core/validate.ts';
import { calendarFeed, calendarFile } from '../shared/calendar.ts';
import type { FileReply } from '../shared/files.ts';
import { statementsForHearings } from '../statements/queries.ts';
import { action, actionProgramme } from '../actions/schema.ts';
import type { Ctx } from '../core/context.ts';
import { addDays, daysBetween, osloDate } from '../shared/dates.ts';
import { NotFoundError } from '../core/errors.ts';
import { organisation } from '../partners/schema.ts';
import { theme } from '../strategy/schema.ts';
import { user } from '../users/schema.ts';
import { hearing, hearingAction, hearingDocument, hearingTheme } from './schema.ts';
import { themeChoices } from '../strategy/queries.ts';

const OPEN = ['new', 'in_work'] as const;

const summaryColumns = {
	id: hearing.id,
	title: hearing.title,
	status: hearing.status,
	publicDeadline: hearing.publicDeadline,
	internalDeadline: hearing.internalDeadline,
	isExample: hearing.isExample,
	issuerName: organisation.name,
	responsibleName: user.name
};

/** The deadline that counts for the partnership's own work: the internal one when it is set. */
export function workingDeadline(h: { publicDeadline: string; internalDeadline: string | null }) {
	return h.internalDeadline ?? h.publicDeadline;
}

/** Open hearings, nearest deadline first, with days left (negative when overdue). */
export async function listOpenHearings(ctx: Ctx, today = osloDate()) {
	allow(ctx, canUseWorkspace);
	const rows = await ctx.db
		.select(summaryColumns)
		.from(hearing)
		.innerJoin(organisation, eq(organisation.id, hearing.issuerId))
		.leftJoin(user, eq(user.id, hearing.responsibleUserId))
		.where(inArray(hearing.status, OPEN))
		.orderBy(
			asc(sql`coalesce(${hearing.internalDeadline}, ${hearing.publicDeadline})`),
			asc(hearing.id)
		);
	return rows.map((row) => {
		const daysLeft = daysBetween(today, workingDeadline(row));
		return { ...row, daysLeft, overdue: daysLeft < 0 };
	});
}

const PAGE = 20;

/** The workspace's hearing register: the open ones, and a page of the closed ones. */
export async function getHearingsPage(ctx: Ctx, input: unknown) {
	const page = parseInput(paging(PAGE), input);
	return {
		open: await listOpenHearings(ctx),
		closed: await listClosedHearings(ctx, page),
		...page,
		canManage: canManageHearings(ctx.actor)
	};
}

/** Hearings that are no longer open, newest deadline first, a page at a time. */
async function listClosedHearings(ctx: Ctx, page: { limit: number; offset: number }) {
	allow(ctx, canUseWorkspace);
	const closed = sql`${hearing.status} not in ('new', 'in_work')`;
	const [rows, [{ total }]] = [
		await ctx.db
			.select(summaryColumns)
			.from(hearing)
			.innerJoin(organisation, eq(organisation.id, hearing.issuerId))
			.leftJoin(user, eq(user.id, hearing.responsibleUserId))
			.where(closed)
			.orderBy(desc(hearing.publicDeadline), desc(hearing.id))
			.limit(page.limit)
			.offset(page.offset),
		await ctx.db.select({ total: count() }).from(hearing).where(closed)
	];
	return { rows, total };
}

/** Hearings the partnership has answered, for the public site, each with its statement. */
export async function listAnsweredHearings(ctx: Ctx, input: unknown) {
	const page = parseInput(paging(PAGE), input);
	const db = ctx.db;
	const sent = eq(hearing.status, 'sent');
	const [rows, [{ total }]] = [
		await db
			.select({
				id: hearing.id,
				title: hearing.title,
				publicDeadline: hearing.publicDeadline,
				referenceUrl: hearing.referenceUrl,
				description: hearing.description,
				isExample: hearing.isExample,
				issuerName: organisation.name,
				issuerSlug: organisation.slug
			})
			.from(hearing)
			.innerJoin(organisation, eq(organisation.id, hearing.issuerId))
			.where(sent)
			.orderBy(desc(hearing.publicDeadline), desc(hearing.id))
			.limit(page.limit)
			.offset(page.offset),
		await db.select({ total: count() }).from(hearing).where(sent)
	];
	const statements = await statementsForHearings(
		db,
		rows.map((row) => row.id)
	);
	return {
		answered: {
			total,
			rows: rows.map((row) => ({ ...row, statementId: statements.get(row.id) ?? null }))
		},
		...page
	};
}

/** A hearing's workspace page: the hearing, and the form's choices for those who manage them. */
export async function getHearingPage(ctx: Ctx, input: unknown) {
	const { id } = parseInput(idRef, input);
	const detail = await getHearing(ctx, id);
	const canManage = canManageHearings(ctx.actor);
	return { detail, canManage, options: canManage ? await hearingFormOptions(ctx) : null };
}

/** The form for a new hearing, for those who manage them. */
export async function newHearingForm(ctx: Ctx) {
	allow(ctx, canManageHearings);
	return { options: await hearingFormOptions(ctx) };
}

async function getHearing(ctx: Ctx, id: number) {
	allow(ctx, canUseWorkspace);
	const [row] = await ctx.db
		.select({ hearing, issuerName: organisation.name, responsibleName: user.name })
		.from(hearing)
		.innerJoin(organisation, eq(organisation.id, hearing.issuerId))
		.leftJoin(user, eq(user.id, hearing.responsibleUserId))
		.where(eq(hearing.id, id));
	if (!row) throw new NotFoundError('hearing');
	const [themes, actions, documents] = [
		await ctx.db
			.select({ id: theme.id, name: theme.name })
			.from(hearingTheme)
			.innerJoin(theme, eq(theme.id, hearingTheme.themeId))
			.where(eq(hearingTheme.hearingId, id))
			.orderBy(asc(theme.name)),
		await ctx.db
			.select({
				id: action.id,
				code: action.code,
				title: action.title,
				programme: { status: actionProgramme.status, slug: actionProgramme.slug }
			})
			.from(hearingAction)
			.innerJoin(action, eq(action.id, hearingAction.actionId))
			.innerJoin(actionProgramme, eq(actionProgramme.id, action.programmeId))
			.where(eq(hearingAction.hearingId, id))
			.orderBy(asc(action.code)),
		await ctx.db
			.select({
				id: hearingDocument.id,
				fileName: hearingDocument.fileName,
				contentType: hearingDocument.contentType,
				size: hearingDocument.size,
				uploadedAt: hearingDocument.uploadedAt
			})
			.from(hearingDocument)
			.where(eq(hearingDocument.hearingId, id))
			.orderBy(asc(hearingDocument.uploadedAt), asc(hearingDocument.id))
	];
	return { ...row, themes, actions, documents };
}

/** A stored document, as a download with its checked type, for logged-in users. */
export async function getHearingDocument(ctx: Ctx, input: unknown): Promise<FileReply> {
	allow(ctx, canUseWorkspace);
	const { id, documentId } = parseInput(hearingDocumentRef, input);
	const [row] = await ctx.db
		.select()
		.from(hearingDocument)
		.where(and(eq(hearingDocument.id, documentId), eq(hearingDocument.hearingId, id)));
	if (!row) throw new NotFoundError('document');
	return { body: row.content, fileName: row.fileName, contentType: row.contentType };
}

/** The choices of the hearing form: issuing bodies, themes and who may be responsible. */
async function hearingFormOptions(ctx: Ctx) {
	allow(ctx, canUseWorkspace);
	const [organisations, themes, people] = [
		await ctx.db
			.select({ value: organisation.id, label: organisation.name })
			.from(organisation)
			.where(eq(organisation.active, true))
			.orderBy(asc(organisation.name)),
		await themeChoices(ctx.db),
		await ctx.db
			.select({ value: user.id, label: user.name })
			.from(user)
			.where(inArray(user.role, ['admin', 'secretariat', 'partner']))
			.orderBy(asc(user.name))
	];
	return { organisations, themes, people };
}

/**
 * Every public and internal deadline from a year back onwards, as an iCalendar feed (RFC 5545)
 * for subscription. Each deadline is an all-day event with a stable id, so calendar clients
 * update it in place when it moves.
 */
export async function hearingCalendar(ctx: Ctx, today = osloDate()): Promise<FileReply> {
	const { db, origin } = ctx;
	const since = addDays(today, -365);
	const issuer = aliasedTable(organisation, 'issuer');
	const rows = await db
		.select({
			id: hearing.id,
			title: hearing.title,
			status: hearing.status,
			publicDeadline: hearing.publicDeadline,
			internalDeadline: hearing.internalDeadline,
			referenceUrl: hearing.referenceUrl,
			updatedAt: hearing.updatedAt,
			issuerName: issuer.name
		})
		.from(hearing)
		.innerJoin(issuer, eq(issuer.id, hearing.issuerId))
		.where(or(gte(hearing.publicDeadline, since), gte(hearing.internalDeadline, since)))
		.orderBy(asc(hearing.publicDeadline), asc(hearing.id));
	const events = rows.flatMap((row) => {
		const page =
			row.status === 'sent'
				? `${origin}/horinger#horing-${row.id}`
				: `${origin}/arbeidsrom/horinger/${row.id}`;
		const description = [`Høring fra ${row.issuerName}.`, row.referenceUrl ?? '']
			.filter(Boolean)
			.join('\n');
		const deadlines: [string, string | null, string][] = [
			['frist', row.publicDeadline, `Høringsfrist: ${row.title}`],
			['intern-frist', row.internalDeadline, `Intern frist: ${row.title}`]
		];
		return deadlines
			.filter(([, day]) => day)
			.map(([kind, day, summary]) => {
				const start = new Date(`${day}T00:00:00Z`);
				return {
					uid: `horing-${row.id}-${kind}`,
					start,
					end: new Date(start.getTime() + 86_400_000),
					allDay: true,
					summary,
					description,
					url: page,
					stamp: row.updatedAt
				};
			});
	});
	const feed = calendarFeed(origin, 'Innherredsbyen – høringsfrister', 'horinger', events);
	return calendarFile(feed, 'horinger.ics');
}

/** Hearings a statement may answer, newest deadline first. */
export async function hearingChoices(ctx: Ctx) {
	allow(ctx, canUseWorkspace);
	return ctx.db
		.select({ value: hearing.id, label: hearing.title })
		.from(hearing)
		.orderBy(desc(hearing.publicDeadline), desc(hearing.id))
		.limit(200);
}
