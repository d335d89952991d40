import { z } from 'zod';
import { uploadedFile } from './common.ts';

export const programmeMetaInput = z
	.object({
		title: z
			.string({ error: 'error_required' })
			.trim()
			.min(3, { error: 'error_title_short' })
			.max(200, { error: 'error_too_long' }),
		periodStart: z.coerce
			.number({ error: 'error_number' })
			.int({ error: 'error_number' })
			.min(2000, { error: 'error_year' })
			.max(2100, { error: 'error_year' }),
		periodEnd: z.coerce
			.number({ error: 'error_number' })
			.int({ error: 'error_number' })
			.min(2000, { error: 'error_year' })
			.max(2100, { error: 'error_year' }),
		draftId: z.uuid({ error: 'import_error_draft' })
	})
	.refine((v) => v.periodEnd >= v.periodStart, { path: ['periodEnd'], error: 'error_period' });

export const importFileInput = z.object({ file: uploadedFile('import_error_no_file') });
export const importDraftRef = z.object({ utkast: z.uuid().optional().catch(undefined) });
