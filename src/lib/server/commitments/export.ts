import { commitmentFilter } from '../../schemas/commitment.ts';
import type { Ctx } from '../core/context.ts';
import { parseInput } from '../core/validate.ts';
import { osloDate } from '../shared/dates.ts';
import type { FileReply } from '../shared/files.ts';
import { tableFile } from '../shared/sheets.ts';
import { isLate, queryCommitments } from './view.ts';

export interface CommitmentExportLabels {
	headers: [string, string, string, string, string, string, string, string, string, string];
	status: (status: string) => string;
	source: (kind: string) => string;
	yes: string;
}

const EXPORT_LIMIT = 5_000;

/**
 * The public list as a file (`format=xlsx`, else CSV), filtered as `/forpliktelser` is; the
 * labels are the page's own, in the reader's language.
 */
export async function exportCommitments(
	ctx: Ctx,
	input: Record<string, unknown>,
	labels: CommitmentExportLabels,
	today = osloDate()
): Promise<FileReply> {
	const { offset: _offset, ...filter } = parseInput(commitmentFilter, input);
	const { rows } = await queryCommitments(ctx.db, 'public', filter, {
		limit: EXPORT_LIMIT,
		offset: 0
	});
	return tableFile(input.format, 'forpliktelser', {
		sheet: 'Forpliktelser',
		header: labels.headers,
		rows: rows.map((c) => [
			c.actorName,
			c.promise,
			labels.status(c.status),
			isLate(c, today) ? labels.yes : '',
			c.dueOn,
			c.currentDueOn,
			labels.source(c.sourceKind),
			c.sourceOn,
			c.isExample ? labels.yes : '',
			new URL(`/forpliktelser/${c.id}`, ctx.origin).href
		]),
		widths: [24, 60, 12, 10, 12, 12, 20, 12, 10, 40]
	});
}
