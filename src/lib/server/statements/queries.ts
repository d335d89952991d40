import { and, asc, count, desc, eq, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import { idRef, paging, rowId } from '../../schemas/common.ts';
import { versionPair } from '../../schemas/statement.ts';
import {
	allow,
	canCommentOnStatement,
	canManageStatements,
	canRecordPosition,
	canUseWorkspace,
	isStaff
} from '../core/access.ts';
import { perGeneration } from '../core/audit.ts';
import { parseInput } from '../core/validate.ts';
import { hearingChoices } from '../hearings/queries.ts';
import { impactOf } from '../impact/queries.ts';
import type { Ctx } from '../core/context.ts';
import type { Db } from '../platform/db/client.ts';
import { NotFoundError } from '../core/errors.ts';
import { hearing } from '../hearings/schema.ts';
import { renderMarkdown } from '../shared/markdown.ts';
import { organisation } from '../partners/schema.ts';
import { listSignatories } from '../partners/queries.ts';
import { latestVersion } from './commands.ts';
import { diffSections } from './diff.ts';
import { statement, statementInput, statementPosition, statementVersion } from './schema.ts';

/** Statements the public reads: final and sent ones. */
export const PUBLIC_STATEMENT = ['final', 'sent'] as const;

/** The workspace's statements page: every statement and the common-voice figure. */
export async function getStatementsPage(ctx: Ctx) {
	return {
		statements: await listStatements(ctx),
		voice: await commonVoice(ctx),
		canManage: canManageStatements(ctx.actor)
	};
}

async function listStatements(ctx: Ctx) {
	allow(ctx, canUseWorkspace);
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
		await listSignatories(db),
		await db.select().from(statementPosition).where(eq(statementPosition.statementId, statementId))
	];
	const byOrg = new Map(recorded.map((p) => [p.organisationId, p]));
	return orgs.map((org) => ({ organisation: org, recorded: byOrg.get(org.id) ?? null }));
}

function rendered(sections: { key: string; heading: string; body: string }[]) {
	return sections.map((s) => ({ ...s, html: renderMarkdown(s.body) }));
}

/**
 * A statement's workspace page, with what this user may do on it: comment, and record the
 * position of which organisations (its own; the secretariat for any).
 */
export async function getStatementPage(ctx: Ctx, input: unknown) {
	const { id } = parseInput(idRef, input);
	const detail = await getStatement(ctx, id);
	const actor = ctx.actor!;
	const staff = isStaff(actor);
	return {
		detail,
		staff,
		canComment: canCommentOnStatement(actor),
		positionChoices: detail.positions
			.map((p) => p.organisation)
			.filter((org) => canRecordPosition(actor, org.id))
			.map((org) => ({ value: org.id, label: org.name }))
	};
}

/** The form for a new statement, for the secretariat; `horing` preselects the hearing it answers. */
export async function newStatementForm(ctx: Ctx, input: unknown) {
	allow(ctx, canManageStatements);
	const { horing } = parseInput(hearingPick, input);
	return { hearings: await hearingChoices(ctx), hearingId: horing ?? '' };
}

const hearingPick = z.object({ horing: rowId.optional().catch(undefined) });

/** The text editor of a statement, for the secretariat. */
export async function getStatementTextPage(ctx: Ctx, input: unknown) {
	allow(ctx, canManageStatements);
	const { id } = parseInput(idRef, input);
	const detail = await getStatement(ctx, id);
	return {
		hearings: await hearingChoices(ctx),
		statement: detail.statement,
		latest: {
			number: detail.latest.number,
			sections: detail.latest.sections.map(({ key, heading, body }) => ({ key, heading, body }))
		}
	};
}

/** The versions of a statement and the comparison of two of them (`fra`, `til`). */
export async function getVersionsPage(ctx: Ctx, input: unknown) {
	const { id, fra, til } = parseInput(versionPair, input);
	const detail = await getStatement(ctx, id);
	const latest = detail.latest.number;
	const within = (n: number | undefined, fallback: number) => (n && n <= latest ? n : fallback);
	const to = within(til, latest);
	const from = within(fra, Math.max(1, to - 1));
	return {
		statement: detail.statement,
		versions: detail.versions,
		from,
		to,
		diff: from === to ? null : await compareVersions(ctx, id, from, to)
	};
}

async function getStatement(ctx: Ctx, id: number) {
	allow(ctx, canUseWorkspace);
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

async function compareVersions(ctx: Ctx, id: number, from: number, to: number) {
	allow(ctx, canUseWorkspace);
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
export async function getPublicStatement(ctx: Ctx, input: unknown) {
	const { id } = parseInput(idRef, input);
	const db = ctx.db;
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
		undecided: positions.filter((p) => !p.recorded || p.recorded.position === 'undecided'),
		impact: await impactOf(db, id)
	};
}

export async function listPublicStatements(ctx: Ctx, input: unknown) {
	const page = parseInput(paging(20), input);
	const db = ctx.db;
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
	return { statements: { rows, total }, ...page };
}

/**
 * The common-voice figure: of the statements sent, the share every signatory endorsed (with or
 * without a reservation), and the median number of days from first draft to sending.
 */
export function commonVoice(ctx: Ctx) {
	// Public data only, the same for every reader: kept until something changes.
	return perGeneration(ctx.db, 'common-voice', () => computeCommonVoice(ctx.db));
}

async function computeCommonVoice(db: Db) {
	const sent = await db
		.select({ id: statement.id, createdAt: statement.createdAt, sentOn: statement.sentOn })
		.from(statement)
		.where(eq(statement.status, 'sent'));
	if (!sent.length) return { sent: 0, unanimous: 0, share: null, medianDays: null };
	const signatories = (await listSignatories(db)).map((o) => o.id);
	// Per statement, how many signatories endorsed it (one position per organisation and statement).
	const endorsed = signatories.length
		? await db
				.select({ n: count() })
				.from(statementPosition)
				.where(
					and(
						inArray(
							statementPosition.statementId,
							sent.map((s) => s.id)
						),
						inArray(statementPosition.organisationId, signatories),
						inArray(statementPosition.position, ['endorses', 'reservation'])
					)
				)
				.groupBy(statementPosition.statementId)
		: [];
	const unanimous = signatories.length
		? endorsed.filter((row) => row.n === signatories.length).length
		: sent.length;
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
	allow(ctx, canUseWorkspace);
	return ctx.db
		.select({ value: statement.id, label: statement.title })
		.from(statement)
		.orderBy(desc(statement.id))
		.limit(200);
}
