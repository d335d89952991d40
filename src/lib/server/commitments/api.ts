// The open API's view of commitments: what /api/v1/commitments answers, from the public view.
import { commitmentQuery } from '../../schemas/commitment.ts';
import { idRef } from '../../schemas/common.ts';
import type { Ctx } from '../core/context.ts';
import { NotFoundError } from '../core/errors.ts';
import { parseInput } from '../core/validate.ts';
import { osloDate } from '../shared/dates.ts';
import { isLate, queryCommitments, readCommitment } from './view.ts';

export async function apiListCommitments(ctx: Ctx, input: unknown, today = osloDate()) {
	const { actor, status, theme, matter, limit, offset } = parseInput(commitmentQuery, input);
	const { rows, total } = await queryCommitments(
		ctx.db,
		'public',
		{ aktor: actor, status, tema: theme, sak: matter },
		{ limit, offset }
	);
	return {
		total,
		limit,
		offset,
		items: rows.map((c) => ({
			id: c.id,
			actor: c.actorName,
			promise: c.promise,
			status: c.status,
			late: isLate(c, today),
			dueOn: c.dueOn,
			currentDueOn: c.currentDueOn,
			sourceKind: c.sourceKind,
			sourceOn: c.sourceOn,
			isExample: c.isExample,
			url: new URL(`/forpliktelser/${c.id}`, ctx.origin).href
		}))
	};
}

export async function apiGetCommitment(ctx: Ctx, input: unknown, today = osloDate()) {
	const { id } = parseInput(idRef, input);
	const detail = await readCommitment(ctx.db, 'public', id);
	if (!detail) throw new NotFoundError('commitment');
	const c = detail.commitment;
	return {
		id: c.id,
		actor: detail.actorName,
		promise: c.promise,
		status: c.status,
		late: isLate(c, today),
		dueFrom: c.dueFrom,
		dueOn: c.dueOn,
		currentDueOn: c.currentDueOn,
		source: { kind: c.sourceKind, title: c.sourceTitle, url: c.sourceUrl, date: c.sourceOn },
		actions: detail.actions.map((a) => a.code),
		themes: detail.themes.map((t) => t.name),
		related: detail.related.map((r) => ({
			kind: r.kind,
			title: r.title,
			url: r.href ? new URL(r.href, ctx.origin).href : null
		})),
		history: detail.entries.map((e) => ({
			on: e.on,
			status: e.status,
			newDueOn: e.newDueOn,
			evidence: e.evidence,
			evidenceUrl: e.evidenceUrl
		})),
		isExample: c.isExample,
		url: new URL(`/forpliktelser/${c.id}`, ctx.origin).href
	};
}
