import { getActionByCode } from '$lib/server/actions/queries';
import { NotFoundError } from '$lib/server/errors';
import { ctxOf } from '$lib/server/http/context';
import { json, problem } from '$lib/server/http/problem';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	if (!/^[A-Za-z]{1,5}\d{1,4}$/.test(event.params.code))
		return problem(400, 'Ugyldig kode', { detail: 'Koden har formen HA16.' });
	// The API is public: internal updates are never included, logged in or not.
	const ctx = { ...(await ctxOf(event)), actor: null };
	try {
		const d = await getActionByCode(ctx, event.params.code);
		return json({
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
			milestones: d.milestones.map((m) => ({
				title: m.title,
				dueDate: m.dueDate,
				doneOn: m.doneOn
			})),
			updates: d.updates.map((u) => ({
				at: u.createdAt,
				author: u.authorName,
				text: u.text,
				nextSteps: u.nextSteps,
				status: u.status,
				progress: u.progress
			}))
		});
	} catch (err) {
		if (err instanceof NotFoundError)
			return problem(404, 'Fant ikke handlingspunktet', {
				detail: `Ingen handlingspunkt med kode ${event.params.code}.`
			});
		throw err;
	}
};
