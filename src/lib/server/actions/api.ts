// The open API's view of the action programme: what /api/v1/actions answers.
import { actionQuery } from '../../schemas/action.ts';
import type { Ctx } from '../core/context.ts';
import { parseInput } from '../core/validate.ts';
import { getActionByCode, queryActions } from './queries.ts';

/** A page of action points; unknown or malformed parameters are refused, not ignored. */
export async function apiListActions(ctx: Ctx, input: unknown) {
	const query = parseInput(actionQuery, input);
	const { items, total, programme } = await queryActions(ctx, query);
	return {
		programme: {
			title: programme.title,
			periodStart: programme.periodStart,
			periodEnd: programme.periodEnd
		},
		total,
		limit: query.limit,
		offset: query.offset,
		items: items.map((item) => ({
			code: item.code,
			title: item.title,
			theme: { slug: item.themeSlug, name: item.themeName },
			lead: { slug: item.leadSlug, shortName: item.leadName },
			status: item.status,
			progress: item.progress,
			horizon: item.horizon,
			dueDate: item.dueDate,
			updatedAt: item.updatedAt,
			isExample: item.isExample,
			url: new URL(`/handlingsprogram/${item.code}`, ctx.origin).href
		}))
	};
}

/** One action point with its milestones and public journal. */
export async function apiGetAction(ctx: Ctx, input: unknown) {
	const d = await getActionByCode(ctx, input);
	return {
		code: d.action.code,
		title: d.action.title,
		description: d.action.description,
		theme: { slug: d.theme.slug, name: d.theme.name },
		horizon: d.action.horizon,
		status: d.action.status,
		progress: d.action.progress,
		dueDate: d.action.dueDate,
		isExample: d.action.isExample,
		updatedAt: d.action.updatedAt,
		lead: { slug: d.lead.slug, name: d.lead.name },
		participants: d.participants.map((p) => ({ slug: p.slug, name: p.name })),
		goals: d.goals.map((g) => ({ number: g.number, title: g.title })),
		milestones: d.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate, doneOn: m.doneOn })),
		updates: d.updates.map((u) => ({
			at: u.createdAt,
			author: u.authorName,
			text: u.text,
			nextSteps: u.nextSteps,
			status: u.status,
			progress: u.progress
		}))
	};
}
