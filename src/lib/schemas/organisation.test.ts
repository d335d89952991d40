import { describe, expect, it } from 'vitest';
import { isValidOrgNumber, organisationInput } from './organisation.ts';

describe('isValidOrgNumber', () => {
	it('accepts real organisation numbers', () => {
		expect(isValidOrgNumber('971032081')).toBe(true); // Statens vegvesen
		expect(isValidOrgNumber('917082308')).toBe(true); // Bane NOR
	});
	it('refuses a wrong check digit, wrong length and letters', () => {
		expect(isValidOrgNumber('971032082')).toBe(false);
		expect(isValidOrgNumber('97103208')).toBe(false);
		expect(isValidOrgNumber('97103208a')).toBe(false);
	});
	it('refuses numbers whose check digit would be 10', () => {
		// 3*1+2*0+7*0+6*0+5*0+4*0+3*0+2*0 = 3 -> 11 - 3 = 8; find one that gives remainder 1:
		// weights sum 12 -> 12 % 11 = 1 -> check 10 -> never valid.
		expect(isValidOrgNumber('400000000')).toBe(false);
		expect(isValidOrgNumber('400000001')).toBe(false);
	});
});

describe('organisationInput', () => {
	const base = {
		name: 'Verdal kommune',
		shortName: 'Verdal',
		kind: 'kommune',
		level: 'kommune',
		membership: 'signatory',
		municipalityCode: '5038',
		orgNumber: '',
		joinedOn: '',
		website: '',
		description: ''
	};
	it('needs a municipality number for a municipality', () => {
		const result = organisationInput.safeParse({ ...base, municipalityCode: '' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].path).toEqual(['municipalityCode']);
	});
	it('accepts spaces in the organisation number and strips them', () => {
		const result = organisationInput.parse({ ...base, orgNumber: '971 032 081' });
		expect(result.orgNumber).toBe('971032081');
	});
});
