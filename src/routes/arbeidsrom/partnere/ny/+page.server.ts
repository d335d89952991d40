import { action } from '$lib/server/http/form';
import { page } from '$lib/server/http/page';
import { createOrganisation } from '$lib/server/partners/commands';
import { newOrganisationForm } from '$lib/server/partners/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = page(newOrganisationForm);

export const actions: Actions = {
	save: action('save', createOrganisation, {
		redirect: (row) => `/arbeidsrom/partnere/${row.id}?lagret=1`
	})
};
