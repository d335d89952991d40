import { and, asc, count, desc, eq, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { idRef, pageOffset, rowId } from '../../schemas/common.ts';
import { allow, canManageGovernance } from '../core/access.ts';
import { parseInput } from '../core/validate.ts';
import { getCurrentProgramme } from '../actions/queries.ts';
import { recordAudit } from '../core/audit.ts';
import type { Ctx, Tx } from '../core/context.ts';
import { osloDate } from '../shared/dates.ts';
import type { Db } from '../platform/db/client.ts';
import { NotFoundError, ValidationError } from '../core/errors.ts';
import { PUBLISHED_STATUSES } from '../governance/meetings.ts';
import { mayRead, readableBodies } from '../governance/readers.ts';
import { body, meeting } from '../governance/schema.ts';
import { compareSnapshots, summariseSnapshot } from './changes.ts';
import { statusReport, statusReportItem } from './schema.ts';

const reportRef = z.object({ id: rowId, offset: pageOffset });

/** Copies every action point of a programme into a report, as they stand, in one statement. */
export async function copyProgramme(tx: Tx, reportId: number, programmeId: number, asOf: string) {
	await tx.execute(sql`
		insert into status_report_item (report_id, action_id, code, title, theme_name, theme_position,
			lead_name, status, progress, due_date, last_update_at, overdue_milestones, is_example)
		select ${reportId}, a.id, a.code, a.title, t.name, t.sort_order, o.name, a.status, a.progress,
			a.due_date, a.last_progress_at,
			(select count(*) from milestone ms
				where ms.action_id = a.id and ms.done_on is null and ms.due_date < ${asOf}::date)::int,
			a.is_example
		from action a
		join theme t on t.id = a.theme_id
		join organisation o on o.id = a.lead_organisation_id
		where a.programme_id = ${programmeId}`);
}

/**
 * Freezes the current action programme into a status report attached to a meeting: one row per
 * action point, copied in one statement so that the snapshot is one consistent moment.
 */
export async function createStatusReport(ctx: Ctx, input: unknown, today = osloDate()) {
	allow(ctx, canManageGovernance);
	const { id: meetingId } = parseInput(idRef, input);
	return ctx.db.transaction(async (tx) => {
		const [m] = await tx.select().from(meeting).where(eq(meeting.id, meetingId)).for('update');
		if (!m) throw new NotFoundError('meeting');
		const [existing] = await tx
			.select({ id: statusReport.id })
			.from(statusReport)
			.where(eq(statusReport.meetingId, meetingId));
		if (existing) throw new ValidationError({ _form: 'report_error_exists' });
		const programme = await getCurrentProgramme(tx);
		const [report] = await tx
			.insert(statusReport)
			.values({
				meetingId,
				programmeId: programme.id,
				asOf: today,
				createdBy: ctx.actor?.id ?? null
			})
			.returning();
		await copyProgramme(tx, report.id, programme.id, today);
		await freezeComparison(tx, report.id);
		await recordAudit(tx, ctx.actor, {
			entity: 'meeting',
			entityId: meetingId,
			kind: 'create_status_report',
			after: report
		});
		return report;
	});
}

/** Who may read a meeting's report: anyone once the meeting is published in a public body. */
async function reportFor(ctx: Ctx, meetingId: number) {
	const [row] = await ctx.db
		.select({ report: statusReport, meeting, bodyName: body.name, bodyIsPublic: body.isPublic })
		.from(statusReport)
		.innerJoin(meeting, eq(meeting.id, statusReport.meetingId))
		.innerJoin(body, eq(body.id, meeting.bodyId))
		.where(eq(statusReport.meetingId, meetingId));
	if (!row) throw new NotFoundError('report');
	const published = (PUBLISHED_STATUSES as readonly string[]).includes(row.meeting.status);
	const open = published && row.bodyIsPublic;
	const member =
		ctx.actor &&
		(canManageGovernance(ctx.actor) ||
			(published && mayRead(await readableBodies(ctx), row.meeting.bodyId)));
	if (!open && !member) throw new NotFoundError('report');
	return row;
}

async function itemsOf(db: Db | Tx, reportId: number, page?: { limit: number; offset: number }) {
	const query = db
		.select()
		.from(statusReportItem)
		.where(eq(statusReportItem.reportId, reportId))
		.orderBy(asc(statusReportItem.themePosition), asc(statusReportItem.code));
	return page ? query.limit(page.limit).offset(page.offset) : query;
}

/**
 * Compares a new report with the latest earlier one of the same programme and writes the
 * comparison and the summary into it. Runs once, in the transaction that creates the report.
 */
export async function freezeComparison(tx: Tx | Db, reportId: number) {
	const [report] = await tx.select().from(statusReport).where(eq(statusReport.id, reportId));
	const [previous] = await tx
		.select({ id: statusReport.id, takenAt: statusReport.takenAt })
		.from(statusReport)
		.where(
			and(
				eq(statusReport.programmeId, report.programmeId),
				or(
					lt(statusReport.takenAt, report.takenAt),
					and(eq(statusReport.takenAt, report.takenAt), lt(statusReport.id, report.id))
				)
			)
		)
		.orderBy(desc(statusReport.takenAt), desc(statusReport.id))
		.limit(1);
	const items = await itemsOf(tx, reportId);
	const changes = compareSnapshots(previous ? await itemsOf(tx, previous.id) : null, items);
	await tx
		.update(statusReport)
		.set({
			previousId: previous?.id ?? null,
			previousTakenAt: previous?.takenAt ?? null,
			changes,
			summary: summariseSnapshot(items, changes)
		})
		.where(eq(statusReport.id, reportId));
}

/**
 * A meeting's status report as it was taken: the summary and the changes since the report before
 * it, as frozen then, and its action points (a page of them, or all for the PDF).
 */
export async function getStatusReport(ctx: Ctx, input: unknown, page?: { limit: number }) {
	const { id: meetingId, offset } = parseInput(reportRef, input);
	const row = await reportFor(ctx, meetingId);
	const [{ total }] = await ctx.db
		.select({ total: count() })
		.from(statusReportItem)
		.where(eq(statusReportItem.reportId, row.report.id));
	return {
		...row,
		items: await itemsOf(ctx.db, row.report.id, page && { limit: page.limit, offset }),
		total,
		offset,
		previous: row.report.previousTakenAt ? { takenAt: row.report.previousTakenAt } : null,
		changes: row.report.changes,
		summary: row.report.summary!
	};
}

export type StatusReportView = Awaited<ReturnType<typeof getStatusReport>>;

/** Whether a meeting has a report, for the meeting pages. */
export async function hasStatusReport(db: Db | Tx, meetingId: number) {
	const [row] = await db
		.select({ id: statusReport.id })
		.from(statusReport)
		.where(eq(statusReport.meetingId, meetingId));
	return Boolean(row);
}
