import { aliasedTable, and, asc, count, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import { assertAllowed, canUseWorkspace } from '../access.ts';
import { calendarFeed } from '../calendar.ts';
import { action } from '../actions/schema.ts';
import type { Ctx } from '../context.ts';
import { addDays, daysBetween, osloDate } from '../dates.ts';
import type { Db } from '../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { organisation } from '../partners/schema.ts';
import { theme } from '../strategy/schema.ts';
import { user } from '../users/schema.ts';
import { hearing, hearingAction, hearingDocument, hearingTheme } from './schema.ts';

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
	assertAllowed(canUseWorkspace(ctx.actor));
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

/** Hearings that are no longer open, newest deadline first, a page at a time. */
export async function listClosedHearings(ctx: Ctx, page: { limit: number; offset: number }) {
	assertAllowed(canUseWorkspace(ctx.actor));
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

/** Hearings the partnership has answered, for the public site. */
export async function listAnsweredHearings(db: Db, page: { limit: number; offset: number }) {
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
	return { rows, total };
}

export async function getHearing(ctx: Ctx, id: number) {
	assertAllowed(canUseWorkspace(ctx.actor));
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
			.select({ id: action.id, code: action.code, title: action.title })
			.from(hearingAction)
			.innerJoin(action, eq(action.id, hearingAction.actionId))
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

export async function getHearingDocument(ctx: Ctx, hearingId: number, documentId: number) {
	assertAllowed(canUseWorkspace(ctx.actor));
	const [row] = await ctx.db
		.select()
		.from(hearingDocument)
		.where(and(eq(hearingDocument.id, documentId), eq(hearingDocument.hearingId, hearingId)));
	if (!row) throw new NotFoundError('document');
	return row;
}

/** The choices of the hearing form: issuing bodies, themes and who may be responsible. */
export async function hearingFormOptions(ctx: Ctx) {
	assertAllowed(canUseWorkspace(ctx.actor));
	const [organisations, themes, people] = [
		await ctx.db
			.select({ value: organisation.id, label: organisation.name })
			.from(organisation)
			.where(eq(organisation.active, true))
			.orderBy(asc(organisation.name)),
		await ctx.db
			.select({ value: theme.id, label: theme.name })
			.from(theme)
			.orderBy(asc(theme.sortOrder)),
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
export async function hearingCalendar(db: Db, origin: string, today = osloDate()) {
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
	return calendarFeed(origin, 'Innherredsbyen – høringsfrister', 'horinger', events);
}

/** Hearings a statement may answer, newest deadline first. */
export async function hearingChoices(ctx: Ctx) {
	assertAllowed(canUseWorkspace(ctx.actor));
	return ctx.db
		.select({ value: hearing.id, label: hearing.title })
		.from(hearing)
		.orderBy(desc(hearing.publicDeadline), desc(hearing.id))
		.limit(200);
}
