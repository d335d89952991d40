import { fail, redirect } from '@sveltejs/kit';
import { formToObject } from '$lib/schemas/common';
import { getApp } from '$lib/server/app';
import { NotFoundError, RateLimitedError, ValidationError } from '$lib/server/errors';
import { hitRateLimit } from '$lib/server/rate-limit';
import { acceptInvite, findOpenInvite } from '$lib/server/users/commands';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const { database } = await getApp();
	try {
		const invite = await findOpenInvite(database.db, params.token);
		return { valid: true as const, email: invite.email };
	} catch (err) {
		if (err instanceof NotFoundError) return { valid: false as const, email: null };
		throw err;
	}
};

export const actions: Actions = {
	default: async (event) => {
		const values = formToObject(await event.request.formData());
		const kept = { name: values.name };
		const { database } = await getApp();
		try {
			await hitRateLimit(database.db, `invite:ip:${event.getClientAddress()}`, 20, 900);
			await acceptInvite(database.db, event.params.token, values);
		} catch (err) {
			if (err instanceof ValidationError) return fail(400, { errors: err.fields, values: kept });
			if (err instanceof NotFoundError)
				return fail(404, { errors: { _form: 'invite_invalid' }, values: kept });
			if (err instanceof RateLimitedError)
				return fail(429, { errors: { _form: 'error_rate_limited' }, values: kept });
			throw err;
		}
		redirect(303, '/logg-inn?invitert=1');
	}
};
