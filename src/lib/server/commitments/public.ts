// The public's view of commitments: only those marked public (view.ts's `public` view).
import { commitmentDocumentRef } from '../../schemas/commitment.ts';
import { idRef } from '../../schemas/common.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { osloDate } from '../shared/dates.ts';
import { PUBLIC_CACHE, type FileReply } from '../shared/files.ts';
import { commitmentListPage, isLate, readCommitment, readCommitmentDocument } from './view.ts';

/** `/forpliktelser`: public commitments, filtered, with each actor's record at the top. */
export async function getPublicCommitmentsPage(ctx: Ctx, input: unknown, today = osloDate()) {
	return commitmentListPage(ctx.db, 'public', input, today);
}

/** A public commitment with its history and evidence. */
export async function getPublicCommitmentPage(ctx: Ctx, input: unknown, today = osloDate()) {
	const { id } = parseInput(idRef, input);
	const detail = await readCommitment(ctx.db, 'public', id);
	if (!detail) throw new NotFoundError('commitment');
	return { detail, late: isLate(detail.commitment, today) };
}

export async function getPublicCommitmentDocument(ctx: Ctx, input: unknown): Promise<FileReply> {
	const row = await readCommitmentDocument(
		ctx.db,
		'public',
		parseInput(commitmentDocumentRef, input)
	);
	if (!row) throw new NotFoundError('document');
	return {
		body: row.content,
		fileName: row.fileName,
		contentType: row.contentType,
		cache: PUBLIC_CACHE
	};
}
