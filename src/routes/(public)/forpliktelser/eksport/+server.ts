import { t } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { exportCommitments, type CommitmentExportLabels } from '$lib/server/commitments/export';
import { download } from '$lib/server/http/file';
import { queryOf } from '$lib/server/http/input';
import type { RequestHandler } from './$types';

/** The column headings and values in the reader's language. */
const labels = (): CommitmentExportLabels => ({
	headers: [
		m.field_actor(),
		m.field_promise(),
		m.field_status(),
		m.commitment_late(),
		m.field_due_on(),
		m.commitment_current_due(),
		m.commitment_source(),
		m.field_source_on(),
		m.example_tag(),
		m.commitment_address()
	],
	status: (s) => t(`commitment_status_${s}`),
	source: (s) => t(`commitment_source_${s}`),
	yes: m.yes()
});

export const GET: RequestHandler = download((ctx, { url }) =>
	exportCommitments(ctx, queryOf(url), labels())
);
