import { ctxOf } from '$lib/server/http/context';
import { idParam, loadOr404 } from '$lib/server/http/errors';
import { compareVersions, getStatement } from '$lib/server/statements/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const id = idParam(event.params.id);
	const detail = await loadOr404(() => getStatement(ctx, id));
	const latest = detail.latest.number;
	const number = (name: string, fallback: number) => {
		const value = Number(event.url.searchParams.get(name));
		return Number.isInteger(value) && value >= 1 && value <= latest ? value : fallback;
	};
	const to = number('til', latest);
	const from = number('fra', Math.max(1, to - 1));
	return {
		statement: detail.statement,
		versions: detail.versions,
		from,
		to,
		diff: from === to ? null : await loadOr404(() => compareVersions(ctx, id, from, to))
	};
};
