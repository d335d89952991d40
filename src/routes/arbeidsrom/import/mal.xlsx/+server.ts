import { error } from '@sveltejs/kit';
import { canImportProgramme } from '$lib/server/access';
import { importTemplateXlsx } from '$lib/server/actions/export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	if (!canImportProgramme(locals.actor)) error(403, 'Ingen tilgang');
	return new Response(await importTemplateXlsx(), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': 'attachment; filename="handlingsprogram-mal.xlsx"'
		}
	});
};
