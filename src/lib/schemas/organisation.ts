import { z } from 'zod';
import { tooLong, emptyToNull, isoDate } from './common.ts';
import { memberships, organisationKinds, organisationLevels } from './values.ts';

/** Norwegian organisation number: 9 digits, the last a mod-11 check digit with weights 3,2,7,6,5,4,3,2. */
export function isValidOrgNumber(value: string): boolean {
	if (!/^\d{9}$/.test(value)) return false;
	const weights = [3, 2, 7, 6, 5, 4, 3, 2];
	const sum = weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
	const check = 11 - (sum % 11);
	if (check === 10) return false;
	return (check === 11 ? 0 : check) === Number(value[8]);
}

export const organisationInput = z
	.object({
		name: z
			.string({ error: 'error_required' })
			.trim()
			.min(2, { error: 'error_required' })
			.max(200, tooLong(200)),
		shortName: z
			.string({ error: 'error_required' })
			.trim()
			.min(2, { error: 'error_required' })
			.max(60, tooLong(60)),
		kind: z.enum(organisationKinds, { error: 'error_choice' }),
		level: z.enum(organisationLevels, { error: 'error_choice' }),
		membership: z.enum(memberships, { error: 'error_choice' }),
		orgNumber: z.preprocess(
			(v) => (typeof v === 'string' ? v.replace(/\s/g, '') : v),
			z.preprocess(
				emptyToNull,
				z.string().refine(isValidOrgNumber, { error: 'error_org_number' }).nullable()
			)
		),
		municipalityCode: z.preprocess(
			emptyToNull,
			z
				.string()
				.trim()
				.regex(/^\d{4}$/, { error: 'error_municipality_code' })
				.nullable()
		),
		joinedOn: z.preprocess(emptyToNull, isoDate.nullable()),
		website: z.preprocess(
			emptyToNull,
			z.url({ protocol: /^https?$/, error: 'error_url' }).nullable()
		),
		description: z.string().trim().max(5_000, tooLong(5_000)).default('')
	})
	.refine((o) => o.kind !== 'kommune' || o.municipalityCode !== null, {
		path: ['municipalityCode'],
		error: 'error_municipality_code'
	});
export type OrganisationInput = z.infer<typeof organisationInput>;
