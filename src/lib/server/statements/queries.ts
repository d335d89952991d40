import { and, asc, count, desc, eq, inArray, ne } from 'drizzle-orm';
import { assertAllowed, canUseWorkspace } from '../access.ts';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { hearing } from '../hearings/schema.ts';
import { renderMarkdown } from '../markdown.ts';
import { organisation } from '../partners/schema.ts';
import { latestVersion, positionOrganisations } from './commands.ts';
import { diffSections } from './diff.ts';
import { statement, statementInput, statementPosition, statementVersion } from './schema.ts';

/** Statements the public reads: final and sent ones. */
export const PUBLIC_STATEMENT = ['final', 'sent'] as const;

export async function listStatements(ctx: Ctx) {
	assertAllowed(canUseWorkspace(ctx.actor));
	return ctx.db
		.select({
			id: statement.id,
			title: statement.title,
			status: statement.status,
			inputDeadline: statement.inputDeadline,
			sentOn: statement.sentOn,
			isExample: statement.isExample,
			hearingTitle: hearing.title
		})
		.from(statement)
		.leftJoin(hearing, eq(hearing.id, statement.hearingId))
		.orderBy(desc(statement.updatedAt), desc(statement.id));
}

/** Each signatory's position, with "not yet decided" for those that have not recorded one. */
async function positionsOf(db: Db, statementId: number) {
	const [orgs, recorded] = [
		await positionOrganisations(db),
		await db.select().from(statementPosition).where(eq(statementPosition.statementId, statementId))
	];
	const byOrg = new Map(recorded.map((p) => [p.organisationId, p]));
	return orgs.map((org) => ({ organisation: org, recorded: byOrg.get(org.id) ?? null }));
}

function rendered(sections: { key: string; heading: string; body: string }[]) {
	return sections.map((s) => ({ ...s, html: renderMarkdown(s.body) }));
}

export async function getStatement(ctx: Ctx, id: number) {
	assertAllowed(canUseWorkspace(ctx.actor));
	const [row] = await ctx.db
		.select({ statement, hearingTitle: hearing.title })
		.from(statement)
		.leftJoin(hearing, eq(hearing.id, statement.hearingId))
		.where(eq(statement.id, id));
	if (!row) throw new NotFoundError('statement');
	const latest = await latestVersion(ctx.db, id);
	const [versions, inputs, positions] = [
		await ctx.db
			.select({
				number: statementVersion.number,
				authorName: statementVersion.authorName,
				createdAt: statementVersion.createdAt,
				reason: statementVersion.reason
			})
			.from(statementVersion)
			.where(eq(statementVersion.statementId, id))
			.orderBy(desc(statementVersion.number)),
		await ctx.db
			.select({ input: statementInput, organisationName: organisation.shortName })
			.from(statementInput)
			.leftJoin(organisation, eq(organisation.id, statementInput.organisationId))
			.where(eq(statementInput.statementId, id))
			.orderBy(asc(statementInput.createdAt), asc(statementInput.id)),
		await positionsOf(ctx.db, id)
	];
	const sections = rendered(latest.sections).map((section) => ({
		...section,
		inputs: inputs.filter((i) => i.input.sectionKey === section.key)
	}));
	return { ...row, latest: { ...latest, sections }, versions, positions };
}

export async function compareVersions(ctx: Ctx, id: number, from: number, to: number) {
	assertAllowed(canUseWorkspace(ctx.actor));
	const rows = await ctx.db
		.select()
		.from(statementVersion)
		.where(and(eq(statementVersion.statementId, id), inArray(statementVersion.number, [from, to])));
	const older = rows.find((r) => r.number === from);
	const newer = rows.find((r) => r.number === to);
	if (!older || !newer) throw new NotFoundError('version');
	return { from: older, to: newer, sections: diffSections(older.sections, newer.sections) };
}

/** A final statement as the public reads it: its text, and who stands behind it. */
export async function getPublicStatement(db: Db, id: number) {
	const [row] = await db
		.select({ statement, hearingTitle: hearing.title })
		.from(statement)
		.leftJoin(hearing, eq(hearing.id, statement.hearingId))
		.where(and(eq(statement.id, id), inArray(statement.status, PUBLIC_STATEMENT)));
	if (!row) throw new NotFoundError('statement');
	const latest = await latestVersion(db, id);
	const positions = await positionsOf(db, id);
	// Corrections after freezing are public, with their reasons.
	const corrections = await db
		.select({
			number: statementVersion.number,
			reason: statementVersion.reason,
			createdAt: statementVersion.createdAt
		})
		.from(statementVersion)
		.where(and(eq(statementVersion.statementId, id), ne(statementVersion.reason, '')))
		.orderBy(asc(statementVersion.number));
	return {
		...row,
		sections: rendered(latest.sections),
		corrections,
		endorsing: positions.filter(
			(p) => p.recorded?.position === 'endorses' || p.recorded?.position === 'reservation'
		),
		declining: positions.filter((p) => p.recorded?.position === 'declines'),
		undecided: positions.filter((p) => !p.recorded || p.recorded.position === 'undecided')
	};
}

export async function listPublicStatements(db: Db, page: { limit: number; offset: number }) {
	const where = inArray(statement.status, PUBLIC_STATEMENT);
	const [rows, [{ total }]] = [
		await db
			.select({
				id: statement.id,
				title: statement.title,
				recipient: statement.recipient,
				sentOn: statement.sentOn,
				isExample: statement.isExample,
				hearingId: statement.hearingId
			})
			.from(statement)
			.where(where)
			.orderBy(desc(statement.sentOn), desc(statement.id))
			.limit(page.limit)
			.offset(page.offset),
		await db.select({ total: count() }).from(statement).where(where)
	];
	return { rows, total };
}

/**
 * The common-voice figure: of the statements sent, the share every signatory endorsed (with or
 * without a reservation), and the median number of days from first draft to sending.
 */
export async function commonVoice(db: Db) {
	const sent = await db
		.select({ id: statement.id, createdAt: statement.createdAt, sentOn: statement.sentOn })
		.from(statement)
		.where(eq(statement.status, 'sent'));
	if (!sent.length) return { sent: 0, unanimous: 0, share: null, medianDays: null };
	const signatories = (await positionOrganisations(db)).map((o) => o.id);
	const endorsements = await db
		.select({
			statementId: statementPosition.statementId,
			organisationId: statementPosition.organisationId
		})
		.from(statementPosition)
		.where(
			and(
				inArray(
					statementPosition.statementId,
					sent.map((s) => s.id)
				),
				inArray(statementPosition.position, ['endorses', 'reservation'])
			)
		);
	const unanimous = sent.filter((s) =>
		signatories.every((org) =>
			endorsements.some((e) => e.statementId === s.id && e.organisationId === org)
		)
	).length;
	const days = sent
		.map((s) =>
			Math.round((Date.parse(`${s.sentOn}T12:00:00Z`) - s.createdAt.getTime()) / 86_400_000)
		)
		.sort((a, b) => a - b);
	const middle = Math.floor(days.length / 2);
	const medianDays = days.length % 2 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
	return { sent: sent.length, unanimous, share: unanimous / sent.length, medianDays };
}

/** The statement that answers a hearing, if any, for the public hearing list. */
export async function statementsForHearings(db: Db, hearingIds: number[]) {
	if (!hearingIds.length) return new Map<number, number>();
	const rows = await db
		.select({ id: statement.id, hearingId: statement.hearingId })
		.from(statement)
		.where(
			and(inArray(statement.hearingId, hearingIds), inArray(statement.status, PUBLIC_STATEMENT))
		);
	return new Map(rows.map((r) => [r.hearingId!, r.id]));
}

/** Statements to choose from when linking, newest first. */
export async function statementChoices(ctx: Ctx) {
	assertAllowed(canUseWorkspace(ctx.actor));
	return ctx.db
		.select({ value: statement.id, label: statement.title })
		.from(statement)
		.orderBy(desc(statement.id))
		.limit(200);
}
