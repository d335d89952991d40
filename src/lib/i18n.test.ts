import { describe, expect, it, vi } from 'vitest';
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
	it('builds one plural rule per language, not one per message', () => {
		// Warm both languages, then count the rules a list of rows would build.
		m.report_overdue_milestones({ count: 2 }, { locale: 'nb' });
		m.report_overdue_milestones({ count: 2 }, { locale: 'en' });
		const made = vi.spyOn(Intl, 'PluralRules');
		for (let i = 0; i < 100; i++) {
			m.report_overdue_milestones({ count: i }, { locale: 'nb' });
			m.report_overdue_milestones({ count: i }, { locale: 'en' });
		}
		expect(made).not.toHaveBeenCalled();
		made.mockRestore();
		expect(m.report_overdue_milestones({ count: 1 }, { locale: 'nb' })).toBe(
			'1 milepæl over frist'
		);
		expect(m.report_overdue_milestones({ count: 2 }, { locale: 'nb' })).toBe(
			'2 milepæler over frist'
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
