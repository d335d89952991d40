import { horizonLabel, statusLabel } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { exportActions, type ExportLabels } from '$lib/server/actions/export';
import { download } from '$lib/server/http/file';
import { queryOf } from '$lib/server/http/input';
import type { RequestHandler } from './$types';

/** The column headings and values in the reader's language. */
const labels = (): ExportLabels => ({
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
});

export const GET: RequestHandler = download((ctx, { url }) =>
	exportActions(ctx, queryOf(url), labels())
);
