import { describe, expect, it } from 'vitest';
import { compareNorwegian, dateTimeFormat, formatDateTime, numberFormat } from './intl.ts';

describe('reused Intl formatters', () => {
	it('builds a formatter once per locale and options', () => {
		const options = { year: 'numeric', timeZone: 'Europe/Oslo' } as const;
		expect(dateTimeFormat('nb-NO', options)).toBe(dateTimeFormat('nb-NO', { ...options }));
		expect(dateTimeFormat('en', options)).not.toBe(dateTimeFormat('nb-NO', options));
		expect(numberFormat('nb-NO', { maximumFractionDigits: 1 })).toBe(
			numberFormat('nb-NO', { maximumFractionDigits: 1 })
		);
		expect(numberFormat('nb-NO', { maximumFractionDigits: 1 })).not.toBe(
			numberFormat('nb-NO', { maximumFractionDigits: 2 })
		);
	});
	it('writes moments in Norwegian time whatever the zone of the server', () => {
		// 08:00 UTC on a summer day is 10:00 in Oslo; on a winter day 09:00.
		expect(formatDateTime(new Date('2026-06-15T08:00:00Z'), 'long')).toBe(
			'15. juni 2026 kl. 10:00'
		);
		expect(formatDateTime('2026-12-15T08:00:00Z', 'long')).toBe('15. desember 2026 kl. 09:00');
	});
	it('sorts in Norwegian alphabetical order, where "aa" is "å"', () => {
		expect(['Åfjord', 'Ørland', 'Ærfugl', 'Zebra', 'Aasen'].sort(compareNorwegian)).toEqual([
			'Zebra',
			'Ærfugl',
			'Ørland',
			'Åfjord',
			'Aasen'
		]);
	});
});
