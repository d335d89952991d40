import { error, fail, redirect } from '@sveltejs/kit';
import { formToObject } from '$lib/schemas/common';
import { canImportProgramme } from '$lib/server/access';
import { confirmImport, getImportDraft, previewImport } from '$lib/server/actions/import';
import { ImportFileError, MAX_IMPORT_BYTES } from '$lib/server/actions/import-parse';
import { ctxOf } from '$lib/server/http/context';
import { loadOr404, runCommand } from '$lib/server/http/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!canImportProgramme(event.locals.actor)) error(403, 'Ingen tilgang');
	const id = event.url.searchParams.get('utkast');
	if (!id || !/^[0-9a-f-]{36}$/.test(id)) return { preview: null };
	const ctx = await ctxOf(event);
	return { preview: await loadOr404(() => getImportDraft(ctx, id)) };
};

export const actions: Actions = {
	preview: async (event) => {
		const form = await event.request.formData();
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { fileError: 'import_error_no_file' });
		if (file.size > MAX_IMPORT_BYTES) return fail(400, { fileError: 'import_error_too_large' });
		let draftId: string;
		try {
			const preview = await previewImport(await ctxOf(event), {
				name: file.name,
				bytes: new Uint8Array(await file.arrayBuffer())
			});
			draftId = preview.draftId;
		} catch (err) {
			if (err instanceof ImportFileError) return fail(400, { fileError: err.key });
			throw err;
		}
		redirect(303, `/arbeidsrom/import?utkast=${draftId}`);
	},
	confirm: async (event) => {
		const values = formToObject(await event.request.formData());
		let count = 0;
		const failure = await runCommand(async () => {
			count = (await confirmImport(await ctxOf(event), values)).count;
		}, values);
		if (failure) return failure;
		redirect(303, `/handlingsprogram?importert=${count}`);
	}
};
