import { formToObject } from '$lib/schemas/common';
import { isStaff } from '$lib/server/access';
import {
	addHearingDocument,
	removeHearingDocument,
	updateHearing
} from '$lib/server/hearings/commands';
import { getHearing, hearingFormOptions } from '$lib/server/hearings/queries';
import { ctxOf } from '$lib/server/http/context';
import { loadOr404, runCommand, idParam } from '$lib/server/http/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await ctxOf(event);
	const detail = await loadOr404(() => getHearing(ctx, idParam(event.params.id)));
	const canManage = isStaff(event.locals.actor);
	return {
		detail,
		canManage,
		options: canManage ? await hearingFormOptions(ctx) : null,
		saved: event.url.searchParams.has('lagret')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const values = formToObject(await event.request.formData(), ['themeIds']);
		const id = idParam(event.params.id);
		return (
			(await runCommand(
				async () => updateHearing(await ctxOf(event), id, Number(values.version), values),
				values
			)) ?? { saved: true }
		);
	},
	upload: async (event) => {
		const form = await event.request.formData();
		const file = form.get('file');
		const failure = await runCommand(async () => {
			const upload = file instanceof File ? file : new File([], '');
			await addHearingDocument(await ctxOf(event), idParam(event.params.id), {
				name: upload.name,
				content: new Uint8Array(await upload.arrayBuffer())
			});
		}, {});
		return failure ?? { documentAdded: true };
	},
	remove: async (event) => {
		const form = await event.request.formData();
		const documentId = Number(form.get('documentId'));
		const failure = await runCommand(
			async () =>
				removeHearingDocument(await ctxOf(event), idParam(event.params.id), documentId || -1),
			{}
		);
		return failure ?? { documentRemoved: true };
	}
};
