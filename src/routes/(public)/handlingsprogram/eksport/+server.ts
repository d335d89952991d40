import { horizonLabel, statusLabel } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { actionFilter } from '$lib/schemas/action';
import { actionsToCsv, actionsToXlsx, type ExportLabels } from '$lib/server/actions/export';
import { listActions } from '$lib/server/actions/queries';
import { ctxOf } from '$lib/server/http/context';
import type { RequestHandler } from './$types';

const EXPORT_LIMIT = 5_000;

export const GET: RequestHandler = async (event) => {
	const ctx = await ctxOf(event);
	const params = Object.fromEntries(event.url.searchParams);
	const filter = { ...actionFilter.parse(params), limit: EXPORT_LIMIT, offset: 0 };
	const { items } = await listActions(ctx, filter);
	const labels: ExportLabels = {
		headers: [
			m.field_code(),
			m.field_title(),
			m.field_theme(),
			m.field_lead(),
			m.field_status(),
			m.field_progress(),
			m.field_horizon(),
			m.field_due(),
			m.example_tag()
		],
		status: statusLabel,
		horizon: horizonLabel,
		example: m.yes()
	};
	const stamp = new Date().toISOString().slice(0, 10);
	if (params.format === 'xlsx') {
		return new Response(await actionsToXlsx(items, labels), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': `attachment; filename="handlingsprogram-${stamp}.xlsx"`
			}
		});
	}
	return new Response(actionsToCsv(items, labels), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="handlingsprogram-${stamp}.csv"`
		}
	});
};
