import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { formatDate, formatNumber, t } from './i18n.ts';

// Guards against the offline compile that reports success but emits no messages.
describe('messages', () => {
	it('renders known messages in bokmål and English', () => {
		expect(m.nav_programme({}, { locale: 'nb' })).toBe('Handlingsprogram');
		expect(m.nav_programme({}, { locale: 'en' })).toBe('Action programme');
		expect(m.programme_count({ count: 3 }, { locale: 'nb' })).toBe('3 handlingspunkter');
	});
	it('counts in the singular and the plural', () => {
		expect(m.programme_count({ count: 1 }, { locale: 'nb' })).toBe('1 handlingspunkt');
		expect(m.programme_count({ count: 1 }, { locale: 'en' })).toBe('1 action point');
		expect(m.home_action_count({ count: 33 }, { locale: 'nb' })).toBe(
			'Handlingsprogrammet har 33 handlingspunkter.'
		);
		expect(m.report_summary_line({ total: 1, average: 40 }, { locale: 'nb' })).toBe(
			'1 handlingspunkt, framdrift 40 %.'
		);
	});
	it('writes numbers with a decimal comma in Norwegian', () => {
		expect(formatNumber(57.5)).toBe('57,5');
	});
	it('translates keys that come from data, and leaves unknown keys visible', () => {
		expect(t('status_delayed')).toBe('Forsinket');
		expect(t('no_such_key')).toBe('no_such_key');
	});
	it('formats dates in Norwegian, day and month kept together', () => {
		expect(formatDate('2023-12-08')).toBe('8.\u00a0desember 2023');
		expect(formatDate(null)).toBe('–');
	});
});
